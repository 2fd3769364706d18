package io.vigil.audit.verify.json;

/**
 * Recognises, without allocating, UTF-8 bytes that are already in RFC 8785 canonical form, so the verifier can
 * hash a stored envelope as is instead of parsing and re-serialising a million of them.
 *
 * <p>It is deliberately conservative: it accepts only ASCII member names, safe integers and ASCII or escaped
 * string content. Anything else (or anything malformed) yields -1 and the caller falls back to
 * {@link CanonicalJson}, which is always right; the fast path only has to be sure when it says yes.
 */
public final class CanonicalScanner {

    private static final int MAX_DEPTH = 64;
    private static final int MAX_SAFE_DIGITS = 15; // every 15-digit integer is below 2^53 and prints as itself

    private CanonicalScanner() {
    }

    /**
     * Returns the index just after the canonical JSON value that starts at {@code start}, or -1 when the bytes
     * there are not provably canonical.
     */
    public static int scan(byte[] b, int start, int end) {
        return value(b, start, end, 0);
    }

    private static int value(byte[] b, int i, int end, int depth) {
        if (i >= end || depth > MAX_DEPTH) {
            return -1;
        }
        return switch (b[i]) {
            case '{' -> object(b, i + 1, end, depth + 1);
            case '[' -> array(b, i + 1, end, depth + 1);
            case '"' -> string(b, i + 1, end);
            case 't' -> literal(b, i, end, "true");
            case 'f' -> literal(b, i, end, "false");
            case 'n' -> literal(b, i, end, "null");
            default -> integer(b, i, end);
        };
    }

    private static int object(byte[] b, int i, int end, int depth) {
        if (i < end && b[i] == '}') {
            return i + 1;
        }
        int previousName = -1;
        while (i < end && b[i] == '"') {
            int nameEnd = plainName(b, i + 1, end);
            if (nameEnd < 0 || (previousName >= 0 && !ascending(b, previousName, i + 1))) {
                return -1;
            }
            previousName = i + 1;
            if (nameEnd >= end || b[nameEnd] != ':') {
                return -1;
            }
            i = value(b, nameEnd + 1, end, depth);
            if (i < 0 || i >= end) {
                return -1;
            }
            if (b[i] == '}') {
                return i + 1;
            }
            if (b[i++] != ',') {
                return -1;
            }
        }
        return -1;
    }

    private static int array(byte[] b, int i, int end, int depth) {
        if (i < end && b[i] == ']') {
            return i + 1;
        }
        while (true) {
            i = value(b, i, end, depth);
            if (i < 0 || i >= end) {
                return -1;
            }
            if (b[i] == ']') {
                return i + 1;
            }
            if (b[i++] != ',') {
                return -1;
            }
        }
    }

    /** Member names on the fast path are printable ASCII without escapes, so byte order is UTF-16 order. */
    private static int plainName(byte[] b, int i, int end) {
        while (i < end && b[i] != '"') {
            if (b[i] < 0x20 || b[i] == '\\' || b[i] < 0) {
                return -1;
            }
            i++;
        }
        return i < end ? i + 1 : -1;
    }

    /** Whether the name at {@code a} sorts strictly before the name at {@code c} (RFC 8785 section 3.2.3). */
    private static boolean ascending(byte[] b, int a, int c) {
        while (true) {
            int x = b[a] == '"' ? -1 : b[a];
            int y = b[c] == '"' ? -1 : b[c];
            if (x != y) {
                return x < y;
            }
            if (x == -1) {
                return false; // equal names: a duplicate, which I-JSON forbids
            }
            a++;
            c++;
        }
    }

    private static int string(byte[] b, int i, int end) {
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                return i + 1;
            }
            if (c < 0x20) {
                return -1; // raw control characters or non-ASCII: leave them to the full canonicaliser
            }
            i = c == '\\' ? escape(b, i + 1, end) : i + 1;
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    // RFC 8785 section 3.2.2.2: only these escapes survive canonicalisation, \\u00xx only for other controls.
    private static int escape(byte[] b, int i, int end) {
        if (i >= end) {
            return -1;
        }
        switch (b[i]) {
            case '"', '\\', 'b', 'f', 'n', 'r', 't':
                return i + 1;
            case 'u':
                return controlEscape(b, i + 1, end);
            default:
                return -1;
        }
    }

    private static int controlEscape(byte[] b, int i, int end) {
        if (i + 4 > end || b[i] != '0' || b[i + 1] != '0' || (b[i + 2] != '0' && b[i + 2] != '1')) {
            return -1;
        }
        byte h = b[i + 3];
        int low = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : -1;
        int code = (b[i + 2] - '0') * 16 + low;
        boolean hasShortForm = code == '\b' || code == '\f' || code == '\n' || code == '\r' || code == '\t';
        return low < 0 || hasShortForm ? -1 : i + 4;
    }

    private static int integer(byte[] b, int i, int end) {
        int start = i;
        if (i < end && b[i] == '-') {
            i++;
        }
        int digitsStart = i;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        int digits = i - digitsStart;
        boolean leadingZero = digits > 1 && b[digitsStart] == '0';
        boolean negativeZero = digits == 1 && b[digitsStart] == '0' && digitsStart > start;
        if (digits == 0 || digits > MAX_SAFE_DIGITS || leadingZero || negativeZero) {
            return -1;
        }
        boolean fractionOrExponent = i < end && (b[i] == '.' || b[i] == 'e' || b[i] == 'E');
        return fractionOrExponent ? -1 : i;
    }

    private static int literal(byte[] b, int i, int end, String word) {
        if (i + word.length() > end) {
            return -1;
        }
        for (int k = 0; k < word.length(); k++) {
            if (b[i + k] != word.charAt(k)) {
                return -1;
            }
        }
        return i + word.length();
    }
}
