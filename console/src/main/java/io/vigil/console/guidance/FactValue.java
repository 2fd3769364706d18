package io.vigil.console.guidance;

import java.util.Locale;

/**
 * Reads a fact typed into the panel as the JSON value of the type the tree declares, so {@code 2} reaches the
 * tree as a number and {@code true} as a boolean; an unreadable value is refused here with a plain sentence.
 */
final class FactValue {

    private FactValue() {
    }

    static Object parse(String name, String type, String raw) {
        String text = raw == null ? "" : raw.trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Enter a value for " + name);
        }
        try {
            return switch (type == null ? "" : type) {
                case "int" -> Long.parseLong(text);
                case "double" -> Double.parseDouble(text);
                case "bool" -> yesNo(name, text);
                case "string" -> text;
                default -> guess(text);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a " + ("int".equals(type) ? "whole number" : "number"));
        }
    }

    private static Boolean yesNo(String name, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(name + " must be yes or no");
        };
    }

    private static Object guess(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text.toLowerCase(Locale.ROOT));
        }
        try {
            return text.matches("-?\\d{1,18}") ? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text);
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }
}
