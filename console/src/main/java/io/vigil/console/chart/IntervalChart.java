package io.vigil.console.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;

/**
 * Point estimates with their confidence intervals, one row each (a version's live consistency or CSAT share with
 * its Wilson interval, an A/B difference with Newcombe's). A row without data says so instead of drawing nothing.
 */
public record IntervalChart(String id, String title, String summary, int width, int height, double axisY,
        List<Row> rows, List<Tick> ticks, Double zeroX) implements HorizontalChart {

    /** One item to draw: null estimate means no data yet. */
    public record Point(String label, Double estimate, Double low, Double high, String valueText) {
    }

    /** A drawn row: whisker from {@code xLow} to {@code xHigh}, a dot at {@code xEstimate}. */
    public record Row(String label, String valueText, double y, double xEstimate, double xLow, double xHigh,
            boolean hasData) {
    }

    public static IntervalChart of(String id, String title, List<Point> points, double min, double max,
            List<Double> tickValues, DoubleFunction<String> tickLabel) {
        Scale scale = new Scale(min, max, Frame.PLOT_LEFT, Frame.PLOT_RIGHT);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double y = Frame.rowCentre(i);
            if (p.estimate() == null) {
                rows.add(new Row(Frame.fit(p.label()), p.valueText(), y, 0, 0, 0, false));
            } else {
                double low = p.low() == null ? p.estimate() : p.low();
                double high = p.high() == null ? p.estimate() : p.high();
                rows.add(new Row(Frame.fit(p.label()), p.valueText(), y, scale.x(p.estimate()), scale.x(low), scale.x(high),
                        true));
            }
        }
        List<Tick> ticks = tickValues.stream().map(v -> new Tick(scale.x(v), tickLabel.apply(v))).toList();
        Double zeroX = min < 0 && max > 0 ? scale.x(0) : null;
        String summary = points.stream().map(p -> p.label() + ": " + p.valueText()).collect(Collectors.joining("; "));
        return new IntervalChart(id, title, summary, Frame.WIDTH, Frame.height(points.size()),
                Frame.axisY(points.size()), rows, ticks, zeroX);
    }
}
