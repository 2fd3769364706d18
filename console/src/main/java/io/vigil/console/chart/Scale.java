package io.vigil.console.chart;

/**
 * Maps a value of the data's domain onto a horizontal pixel position. Values outside the domain are clamped, so a
 * figure the service computed slightly out of range (a rounding error, an extreme kappa) still lands on the axis.
 */
public record Scale(double domainMin, double domainMax, double left, double right) {

    public Scale {
        if (!(domainMax > domainMin) || !(right > left)) {
            throw new IllegalArgumentException("a scale needs a non-empty domain and range");
        }
    }

    public double x(double value) {
        double clamped = Math.max(domainMin, Math.min(domainMax, value));
        return round(left + (clamped - domainMin) / (domainMax - domainMin) * (right - left));
    }

    /** One decimal is finer than a screen pixel and keeps the markup short and the tests exact. */
    static double round(double pixels) {
        return Math.round(pixels * 10) / 10.0;
    }
}
