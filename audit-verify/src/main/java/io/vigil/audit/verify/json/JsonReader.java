package io.vigil.audit.verify.json;

import io.vigil.audit.verify.json.JsonValue.JsonArray;
import io.vigil.audit.verify.json.JsonValue.JsonBoolean;
import io.vigil.audit.verify.json.JsonValue.JsonNull;
import io.vigil.audit.verify.json.JsonValue.JsonNumber;
import io.vigil.audit.verify.json.JsonValue.JsonObject;
import io.vigil.audit.verify.json.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 parser producing {@link JsonValue}s, rejecting what RFC 8785 section 3.1 forbids to
 * canonicalise (duplicate member names, lone surrogates, numbers outside double range).
 */
public final class JsonReader {

    private static final int MAX_DEPTH = 256;

    private final String text;
    private int pos;
    private int depth;

    private JsonReader(String text) {
        this.text = text;
    }

    /** Parses one JSON text, allowing only whitespace around it. */
    public static JsonValue parse(String text) {
        JsonReader reader = new JsonReader(text);
        JsonValue value = reader.value();
        reader.skipWhitespace();
        if (reader.pos != text.length()) {
            throw reader.error("unexpected text after the JSON value");
        }
        return value;
    }

    private JsonValue value() {
        skipWhitespace();
        if (pos >= text.length()) {
            throw error("unexpected end of input");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> new JsonString(JsonStrings.read(text, this::advanceTo, pos));
            case 't' -> literal("true", new JsonBoolean(true));
            case 'f' -> literal("false", new JsonBoolean(false));
            case 'n' -> literal("null", new JsonNull());
            default -> number();
        };
    }

    private void advanceTo(int next) {
        pos = next;
    }

    private JsonObject object() {
        enter();
        Map<String, JsonValue> members = new LinkedHashMap<>();
        pos++;
        if (peekAfterWhitespace() == '}') {
            pos++;
            depth--;
            return new JsonObject(members);
        }
        do {
            skipWhitespace();
            if (pos >= text.length() || text.charAt(pos) != '"') {
                throw error("expected a member name");
            }
            String name = JsonStrings.read(text, this::advanceTo, pos);
            expect(':');
            if (members.put(name, value()) != null) {
                throw error("duplicate member name \"" + name + "\"");
            }
        } while (separator('}'));
        depth--;
        return new JsonObject(members);
    }

    private JsonArray array() {
        enter();
        List<JsonValue> elements = new ArrayList<>();
        pos++;
        if (peekAfterWhitespace() == ']') {
            pos++;
            depth--;
            return new JsonArray(elements);
        }
        do {
            elements.add(value());
        } while (separator(']'));
        depth--;
        return new JsonArray(elements);
    }

    private boolean separator(char close) {
        char c = peekAfterWhitespace();
        pos++;
        if (c == ',') {
            return true;
        }
        if (c != close) {
            throw error("expected ',' or '" + close + "'");
        }
        return false;
    }

    private JsonValue literal(String word, JsonValue value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected character");
        }
        pos += word.length();
        return value;
    }

    private JsonNumber number() {
        int end = JsonNumbers.scan(text, pos);
        if (end < 0) {
            throw error("malformed number");
        }
        double value = Double.parseDouble(text.substring(pos, end));
        if (Double.isInfinite(value)) {
            throw error("number outside the IEEE 754 double range");
        }
        pos = end;
        return new JsonNumber(value);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
    }

    private void expect(char c) {
        if (peekAfterWhitespace() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peekAfterWhitespace() {
        skipWhitespace();
        if (pos >= text.length()) {
            throw error("unexpected end of input");
        }
        return text.charAt(pos);
    }

    private void skipWhitespace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private MalformedJsonException error(String message) {
        return new MalformedJsonException(message + " at offset " + pos);
    }
}
