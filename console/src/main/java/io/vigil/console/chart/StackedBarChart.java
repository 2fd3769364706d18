package io.vigil.console.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Counts split into ordered parts, one bar per group (a queue's open cases by age). Bars share one scale, so their
 * lengths compare; each part has its own shade and a legend names them in order.
 */
public record StackedBarChart(String id, String title, String summary, int width, int height, double axisY,
        List<String> series, List<Bar> bars, List<Tick> ticks) implements HorizontalChart {

    /** A group and its count per series, in series order. */
    public record Group(String label, List<Long> counts) {
    }

    /** A drawn bar made of segments. */
    public record Bar(String label, long total, double y, List<Segment> segments) {

        /** Bars are two thirds of a row high, centred on the row. */
        public double top() {
            return y - Frame.ROW / 3.0;
        }

        public double thickness() {
            return Frame.ROW * 2 / 3.0;
        }
    }

    /** One part of a bar; {@code series} indexes the legend and picks the shade. */
    public record Segment(int series, String name, long count, double x, double segmentWidth) {
    }

    public static StackedBarChart of(String id, String title, List<String> series, List<Group> groups) {
        long max = groups.stream().mapToLong(g -> sum(g.counts())).max().orElse(0);
        long top = Ticks.niceCeiling(Math.max(max, 1));
        Scale scale = new Scale(0, top, Frame.PLOT_LEFT, Frame.PLOT_RIGHT);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            List<Segment> segments = new ArrayList<>();
            long before = 0;
            for (int s = 0; s < g.counts().size(); s++) {
                long count = g.counts().get(s);
                if (count > 0) {
                    double x = scale.x(before);
                    segments.add(new Segment(s, series.get(s), count, x, Scale.round(scale.x(before + count) - x)));
                }
                before += count;
            }
            bars.add(new Bar(Frame.fit(g.label()), before, Frame.rowCentre(i), segments));
        }
        List<Tick> ticks = Ticks.counts(top).stream().map(v -> new Tick(scale.x(v), Long.toString(v))).toList();
        String summary = groups.stream().map(g -> g.label() + ": " + sum(g.counts()) + " open ("
                + IntStream.range(0, series.size()).filter(s -> g.counts().get(s) > 0)
                        .mapToObj(s -> g.counts().get(s) + " " + series.get(s)).collect(Collectors.joining(", "))
                + ")").collect(Collectors.joining("; "));
        return new StackedBarChart(id, title, summary, Frame.WIDTH, Frame.height(groups.size()),
                Frame.axisY(groups.size()), List.copyOf(series), bars, ticks);
    }

    private static long sum(List<Long> counts) {
        return counts.stream().mapToLong(Long::longValue).sum();
    }
}
