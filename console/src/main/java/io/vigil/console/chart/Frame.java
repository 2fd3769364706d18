package io.vigil.console.chart;

/**
 * The fixed geometry every horizontal chart shares: labels on the left, values on the right, one row per item.
 * 780 units wide leaves 270 for the figures after the plot; two charts side by side fit a 1366 pixel screen, as the viewBox scales.
 */
final class Frame {

    static final int WIDTH = 780;
    static final int PLOT_LEFT = 150;
    static final int PLOT_RIGHT = 500;
    static final int TOP = 8;
    static final int ROW = 30;
    static final int AXIS = 28;

    private Frame() {
    }

    /** The vertical centre of row {@code index}. */
    static double rowCentre(int index) {
        return TOP + index * ROW + ROW / 2.0;
    }

    /** Labels longer than this would run past the chart's left edge; the figure's description keeps them whole. */
    static final int LABEL_CHARS = 17;

    /** The label as it fits left of the plot: shortened with an ellipsis when it would be cut off. */
    static String fit(String label) {
        if (label == null || label.length() <= LABEL_CHARS) {
            return label;
        }
        return label.substring(0, LABEL_CHARS - 1).stripTrailing() + "\u2026";
    }

    static int height(int rows) {
        return TOP + Math.max(rows, 1) * ROW + AXIS;
    }

    /** Where the axis line sits, below the last row. */
    static double axisY(int rows) {
        return TOP + Math.max(rows, 1) * ROW + 4;
    }
}
