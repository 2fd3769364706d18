package io.vigil.console.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;

/** One bar per group from zero to its value (a queue's SLA compliance); a group without a figure says so. */
public record BarChart(String id, String title, String summary, int width, int height, double axisY,
        List<Bar> bars, List<Tick> ticks) implements HorizontalChart {

    /** One item to draw; null value means there is no figure. */
    public record Point(String label, Double value, String valueText) {
    }

    /** A drawn bar. */
    public record Bar(String label, String valueText, double y, double x, double barWidth, boolean hasData) {

        /** Bars are two thirds of a row high, centred on the row. */
        public double top() {
            return y - Frame.ROW / 3.0;
        }

        public double thickness() {
            return Frame.ROW * 2 / 3.0;
        }
    }

    public static BarChart of(String id, String title, List<Point> points, double max, List<Double> tickValues,
            DoubleFunction<String> tickLabel) {
        Scale scale = new Scale(0, max, Frame.PLOT_LEFT, Frame.PLOT_RIGHT);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double width = p.value() == null ? 0 : Scale.round(scale.x(p.value()) - Frame.PLOT_LEFT);
            bars.add(new Bar(Frame.fit(p.label()), p.valueText(), Frame.rowCentre(i), Frame.PLOT_LEFT, width, p.value() != null));
        }
        List<Tick> ticks = tickValues.stream().map(v -> new Tick(scale.x(v), tickLabel.apply(v))).toList();
        String summary = points.stream().map(p -> p.label() + ": " + p.valueText()).collect(Collectors.joining("; "));
        return new BarChart(id, title, summary, Frame.WIDTH, Frame.height(points.size()), Frame.axisY(points.size()),
                bars, ticks);
    }
}
