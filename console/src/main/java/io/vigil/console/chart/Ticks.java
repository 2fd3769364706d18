package io.vigil.console.chart;

import java.util.ArrayList;
import java.util.List;

/** Axis marks at round values, so a reader can place a bar without counting pixels. */
public final class Ticks {

    /** 0 to 100% in quarters, for shares. */
    public static final List<Double> SHARES = List.of(0.0, 0.25, 0.5, 0.75, 1.0);
    /** -1 to 1 in halves, for kappa, AC1 and differences of shares. */
    public static final List<Double> SIGNED = List.of(-1.0, -0.5, 0.0, 0.5, 1.0);

    // Steps a duration axis may take, in seconds: minutes, hours, days, weeks.
    private static final long[] DURATION_STEPS = {60, 300, 900, 1_800, 3_600, 7_200, 21_600, 43_200, 86_400,
            172_800, 604_800, 1_209_600, 2_592_000};
    private static final int MAX_TICKS = 6;

    private Ticks() {
    }

    /** The smallest 1, 2 or 5 times a power of ten that is at least {@code value}. */
    public static long niceCeiling(long value) {
        long power = 1;
        while (power * 10 <= value) {
            power *= 10;
        }
        for (long factor : new long[] {1, 2, 5, 10}) {
            if (factor * power >= value) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /** Whole-number marks from zero to {@code top} (a nice ceiling), at most six of them. */
    public static List<Long> counts(long top) {
        long step = Math.max(1, niceCeiling((top + MAX_TICKS - 2) / (MAX_TICKS - 1)));
        List<Long> ticks = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            ticks.add(v);
        }
        return ticks;
    }

    /** The smallest calendar-like step that covers {@code maxSeconds} in at most five steps. */
    public static long durationStep(double maxSeconds) {
        for (long step : DURATION_STEPS) {
            if (step * (MAX_TICKS - 1) >= maxSeconds) {
                return step;
            }
        }
        long last = DURATION_STEPS[DURATION_STEPS.length - 1];
        return (long) Math.ceil(maxSeconds / (MAX_TICKS - 1) / last) * last;
    }

    /** Marks from zero in {@code step}s up to the first at or past {@code maxSeconds}. */
    public static List<Double> durations(double maxSeconds, long step) {
        List<Double> ticks = new ArrayList<>();
        double v = 0;
        do {
            ticks.add(v);
            v += step;
        } while (ticks.get(ticks.size() - 1) < maxSeconds);
        return ticks;
    }
}
