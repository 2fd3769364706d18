package io.vigil.sop.outline;

/** One meaningful line of an outline: its 1-based number, its indentation depth and its trimmed text. */
record OutlineLine(int number, int depth, String text) {

    boolean startsWith(String keyword) {
        return text.startsWith(keyword + " ") || text.equals(keyword) || text.startsWith(keyword + ":");
    }

    /** The text after {@code keyword }, without a trailing colon. */
    String after(String keyword) {
        String rest = text.substring(Math.min(text.length(), keyword.length())).trim();
        return rest.endsWith(":") ? rest.substring(0, rest.length() - 1).trim() : rest;
    }
}
