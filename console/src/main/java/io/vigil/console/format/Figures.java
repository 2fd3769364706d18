package io.vigil.console.format;

import java.util.Locale;

/** Rates, agreement coefficients and durations written the way people read them. */
public final class Figures {

    private Figures() {
    }

    /** A share in [0, 1] as a percentage with one decimal, or a dash when there is no figure. */
    public static String percent(Double share) {
        return share == null ? "–" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A coefficient such as kappa, with two decimals. */
    public static String coefficient(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A signed difference of two shares in percentage points. */
    public static String points(Double difference) {
        return difference == null ? "–" : String.format(Locale.ROOT, "%+.1f pp", difference * 100);
    }

    /** A duration in seconds as the two largest units that matter: "45 s", "12 min", "3 h 20 min", "2 d 4 h". */
    public static String duration(Double seconds) {
        if (seconds == null) {
            return "–";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        long minutes = s / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }
}
