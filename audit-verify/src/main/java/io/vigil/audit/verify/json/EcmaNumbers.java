package io.vigil.audit.verify.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats doubles exactly as ECMAScript's Number::toString does, which RFC 8785 section 3.2.2.3 makes the
 * canonical number form; Java's {@link Double#toString} differs in exponent style and, before Java 19, in digits.
 */
public final class EcmaNumbers {

    private static final double EXACT_INTEGER_LIMIT = 9007199254740992.0; // 2^53

    private EcmaNumbers() {
    }

    /** The ECMAScript string form of a finite double. */
    public static String format(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("JSON has no form for " + d);
        }
        if (d == 0) {
            return "0"; // ECMAScript prints -0 as "0" too
        }
        if (d == Math.rint(d) && Math.abs(d) < EXACT_INTEGER_LIMIT) {
            return Long.toString((long) d); // below 2^53 the integer itself is the shortest round-tripping form
        }
        String sign = d < 0 ? "-" : "";
        BigDecimal shortest = shortest(Math.abs(d)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int n = digits.length() - shortest.scale();
        return sign + layout(digits, n);
    }

    // ECMA-262 Number::toString steps 5-9: k digits with decimal exponent n (value = 0.digits * 10^n).
    private static String layout(String digits, int n) {
        int k = digits.length();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        String exponent = (n - 1 < 0 ? "-" : "+") + Math.abs(n - 1);
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + exponent;
    }

    /**
     * The decimal with the fewest significant digits that reads back as {@code d}, the closest one when several
     * qualify and the even one on a tie (ECMA-262 Number::toString step 5). The round-trip interval around
     * {@code d} is convex, so if any p-digit decimal lies in it, the p-digit floor or ceiling of {@code d} does.
     */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
            boolean downOk = readsBack(down, d);
            boolean upOk = readsBack(up, d);
            if (downOk && upOk) {
                return closer(exact, down, up);
            }
            if (downOk || upOk) {
                return downOk ? down : up;
            }
        }
        return exact.round(MathContext.DECIMAL64);
    }

    private static BigDecimal closer(BigDecimal exact, BigDecimal down, BigDecimal up) {
        int cmp = exact.subtract(down).compareTo(up.subtract(exact));
        if (cmp != 0) {
            return cmp < 0 ? down : up;
        }
        return down.unscaledValue().testBit(0) ? up : down;
    }

    private static boolean readsBack(BigDecimal candidate, double d) {
        return Double.parseDouble(candidate.toString()) == d;
    }
}
