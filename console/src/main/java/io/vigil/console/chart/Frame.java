package io.vigil.console.chart;

/**
 * The fixed geometry every horizontal chart shares: labels on the left, values on the right, one row per item.
 * 640 pixels wide fits beside the navigation on a 1366 pixel screen and scales down with the viewBox.
 */
final class Frame {

    static final int WIDTH = 640;
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

    static int height(int rows) {
        return TOP + Math.max(rows, 1) * ROW + AXIS;
    }

    /** Where the axis line sits, below the last row. */
    static double axisY(int rows) {
        return TOP + Math.max(rows, 1) * ROW + 4;
    }
}
