package io.vigil.audit.verify.json;

/** Recognises the RFC 8259 section 6 number grammar, over text or over UTF-8 bytes. */
final class JsonNumbers {

    private JsonNumbers() {
    }

    /** Returns the end of the number starting at {@code start}, or -1 if there is no well-formed number. */
    static int scan(CharSequence s, int start) {
        int i = start;
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n || !digit(s.charAt(i))) {
            return -1;
        }
        i = s.charAt(i) == '0' ? i + 1 : digits(s, i);
        if (i < n && s.charAt(i) == '.') {
            if (i + 1 >= n || !digit(s.charAt(i + 1))) {
                return -1;
            }
            i = digits(s, i + 1);
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            if (i >= n || !digit(s.charAt(i))) {
                return -1;
            }
            i = digits(s, i);
        }
        return i;
    }

    private static int digits(CharSequence s, int i) {
        while (i < s.length() && digit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
