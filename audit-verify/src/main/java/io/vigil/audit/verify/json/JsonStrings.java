package io.vigil.audit.verify.json;

import java.util.function.IntConsumer;

/** Reads RFC 8259 strings and writes them the one way RFC 8785 section 3.2.2.2 allows. */
final class JsonStrings {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonStrings() {
    }

    /** Reads the string starting at the quote at {@code start}, reporting the position after it. */
    static String read(String text, IntConsumer newPosition, int start) {
        StringBuilder out = new StringBuilder();
        int i = start + 1;
        while (true) {
            if (i >= text.length()) {
                throw new MalformedJsonException("unterminated string starting at offset " + start);
            }
            char c = text.charAt(i++);
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                throw new MalformedJsonException("unescaped control character in string at offset " + (i - 1));
            }
            if (c == '\\') {
                i = unescape(text, i, out);
            } else {
                out.append(c);
            }
        }
        requireWellFormed(out, start);
        newPosition.accept(i);
        return out.toString();
    }

    private static int unescape(String text, int i, StringBuilder out) {
        if (i >= text.length()) {
            throw new MalformedJsonException("unterminated escape at offset " + i);
        }
        char e = text.charAt(i++);
        switch (e) {
            case '"', '\\', '/' -> out.append(e);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                if (i + 4 > text.length()) {
                    throw new MalformedJsonException("short \\u escape at offset " + i);
                }
                try {
                    out.append((char) Integer.parseInt(text.substring(i, i + 4), 16));
                } catch (NumberFormatException ex) {
                    throw new MalformedJsonException("bad \\u escape at offset " + i);
                }
                i += 4;
            }
            default -> throw new MalformedJsonException("unknown escape \\" + e + " at offset " + (i - 1));
        }
        return i;
    }

    // RFC 8785 section 3.2.2.2 and RFC 7493 section 2.1: lone surrogates cannot be canonicalised.
    private static void requireWellFormed(CharSequence s, int start) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new MalformedJsonException("lone surrogate in string starting at offset " + start);
            }
        }
    }

    /** Appends {@code value} quoted, escaping only what RFC 8785 section 3.2.2.2 says to escape. */
    static void write(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
