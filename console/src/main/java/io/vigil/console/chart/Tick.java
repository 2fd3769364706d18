package io.vigil.console.chart;

/** One labelled mark on a chart's value axis. */
public record Tick(double x, String label) {
}
