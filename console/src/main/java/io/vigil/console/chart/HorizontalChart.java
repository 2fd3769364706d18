package io.vigil.console.chart;

/** Positions the chart templates share, so each template draws the frame the geometry was computed for. */
public interface HorizontalChart {

    double axisY();

    default int labelX() {
        return Frame.PLOT_LEFT - 8;
    }

    default int valueX() {
        return Frame.PLOT_RIGHT + 10;
    }

    default int plotLeft() {
        return Frame.PLOT_LEFT;
    }

    default int plotRight() {
        return Frame.PLOT_RIGHT;
    }

    default double tickEnd() {
        return axisY() + 5;
    }

    default double tickLabelY() {
        return axisY() + 19;
    }
}
