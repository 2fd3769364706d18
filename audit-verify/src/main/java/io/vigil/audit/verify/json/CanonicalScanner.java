package io.vigil.audit.verify.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Recognises, without allocating, UTF-8 bytes that are already in RFC 8785 canonical form, so the verifier can
 * hash a stored envelope as is instead of parsing and re-serialising a million of them.
 *
 * <p>It is deliberately conservative: it accepts only ASCII member names, safe integers and string content that is
 * ASCII, escaped as RFC 8785 escapes, or well-formed UTF-8 (which canonical form keeps as is). Anything else (or
 * anything malformed) yields -1 and the caller falls back to {@link CanonicalJson}, which is always right; the fast
 * path only has to be sure when it says yes. Plain string runs are skipped eight bytes at a time.
 */
public final class CanonicalScanner {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

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
            i = plainRun(b, i, end);
            if (i >= end) {
                return -1;
            }
            byte c = b[i];
            if (c == '"') {
                return i + 1;
            }
            if (c >= 0 && c < 0x20) {
                return -1; // raw control characters: leave them to the full canonicaliser
            }
            i = c == '\\' ? escape(b, i + 1, end) : c < 0 ? utf8(b, i, end) : i + 1;
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    /** The index of the first byte from {@code i} that is a quote, a backslash, a control or non-ASCII, word by word. */
    private static int plainRun(byte[] b, int i, int end) {
        while (i + Long.BYTES <= end) {
            long x = (long) LONGS.get(b, i);
            long special = zeroByte(x ^ (ONES * '"')) | zeroByte(x ^ (ONES * '\\')) | ((x - ONES * 0x20) & ~x) | x;
            if ((special & HIGH_BITS) != 0) {
                break;
            }
            i += Long.BYTES;
        }
        return i;
    }

    /** High bit set in (at least) the lowest byte of {@code x} that is zero; never misses one. */
    private static long zeroByte(long x) {
        return (x - ONES) & ~x;
    }

    /**
     * The index after the well-formed UTF-8 sequence at {@code i} (RFC 3629: shortest form, no surrogates, at most
     * U+10FFFF), or -1. Canonical JSON writes such characters as they are, so they need no rewriting.
     */
    private static int utf8(byte[] b, int i, int end) {
        int lead = b[i] & 0xFF;
        int length;
        int min = 0x80;
        int max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            min = lead == 0xE0 ? 0xA0 : 0x80;
            max = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            min = lead == 0xF0 ? 0x90 : 0x80;
            max = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + length > end) {
            return -1;
        }
        int second = b[i + 1] & 0xFF;
        if (second < min || second > max) {
            return -1;
        }
        for (int k = 2; k < length; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return i + length;
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
