package io.vigil.console.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;

/**
 * Two percentiles per group joined by a line (time to resolution, median and 90th percentile): the gap between the
 * dots shows how long the slow tail is.
 */
public record RangeChart(String id, String title, String summary, int width, int height, double axisY,
        List<Row> rows, List<Tick> ticks) implements HorizontalChart {

    /** A group's two figures, null when the group had nothing to measure. */
    public record Point(String label, Double median, Double p90, String valueText) {
    }

    /** A drawn row. */
    public record Row(String label, String valueText, double y, double xMedian, double xP90, boolean hasData) {
    }

    public static RangeChart of(String id, String title, List<Point> points, DoubleFunction<String> tickLabel,
            List<Double> tickValues, double max) {
        Scale scale = new Scale(0, max, Frame.PLOT_LEFT, Frame.PLOT_RIGHT);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            boolean has = p.median() != null && p.p90() != null;
            rows.add(new Row(Frame.fit(p.label()), p.valueText(), Frame.rowCentre(i), has ? scale.x(p.median()) : 0,
                    has ? scale.x(p.p90()) : 0, has));
        }
        List<Tick> ticks = tickValues.stream().map(v -> new Tick(scale.x(v), tickLabel.apply(v))).toList();
        String summary = points.stream().map(p -> p.label() + ": " + p.valueText()).collect(Collectors.joining("; "));
        return new RangeChart(id, title, summary, Frame.WIDTH, Frame.height(points.size()), Frame.axisY(points.size()),
                rows, ticks);
    }
}
