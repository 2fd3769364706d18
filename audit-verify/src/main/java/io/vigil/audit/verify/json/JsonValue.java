package io.vigil.audit.verify.json;

import java.util.List;
import java.util.Map;

/**
 * The minimal JSON data model RFC 8785 canonicalisation works on: I-JSON (RFC 7493) values, numbers as IEEE 754
 * doubles, object members in insertion order.
 */
public sealed interface JsonValue {

    /** A JSON object; member order is kept as read, canonical output sorts it. */
    record JsonObject(Map<String, JsonValue> members) implements JsonValue {
        /** Keeps the caller's map, which must preserve order and must not change afterwards. */
        public JsonObject {
            members = java.util.Collections.unmodifiableMap(members);
        }

        /** The member named {@code name}, or {@code null} when absent. */
        public JsonValue get(String name) {
            return members.get(name);
        }
    }

    /** A JSON array. */
    record JsonArray(List<JsonValue> elements) implements JsonValue {
        /** Copies the elements. */
        public JsonArray {
            elements = List.copyOf(elements);
        }
    }

    /** A JSON string, held as Java (UTF-16) text. */
    record JsonString(String value) implements JsonValue {
    }

    /** A JSON number, an IEEE 754 double as RFC 8785 section 3.2.2.3 requires. */
    record JsonNumber(double value) implements JsonValue {
        /** Rejects NaN and infinities, which JSON cannot express. */
        public JsonNumber {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("JSON numbers are finite, not " + value);
            }
        }
    }

    /** {@code true} or {@code false}. */
    record JsonBoolean(boolean value) implements JsonValue {
    }

    /** {@code null}. */
    record JsonNull() implements JsonValue {
    }
}
