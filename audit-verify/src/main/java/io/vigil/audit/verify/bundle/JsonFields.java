package io.vigil.audit.verify.bundle;

import io.vigil.audit.verify.json.JsonValue;
import io.vigil.audit.verify.json.JsonValue.JsonArray;
import io.vigil.audit.verify.json.JsonValue.JsonNumber;
import io.vigil.audit.verify.json.JsonValue.JsonObject;
import io.vigil.audit.verify.json.JsonValue.JsonString;
import io.vigil.audit.verify.json.MalformedJsonException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Typed access to members of the bundle's small JSON files, failing with a message naming the member. */
final class JsonFields {

    private static final double MAX_SAFE = 9007199254740991.0; // 2^53 - 1, the largest exact JSON integer

    private JsonFields() {
    }

    static JsonObject object(JsonValue value, String what) {
        if (value instanceof JsonObject o) {
            return o;
        }
        throw new MalformedJsonException(what + " is not a JSON object");
    }

    static String string(JsonObject o, String name) {
        if (o.get(name) instanceof JsonString s) {
            return s.value();
        }
        throw new MalformedJsonException("member \"" + name + "\" is missing or not a string");
    }

    static long count(JsonObject o, String name) {
        if (o.get(name) instanceof JsonNumber n && n.value() >= 0 && n.value() <= MAX_SAFE && n.value() == Math.rint(n.value())) {
            return (long) n.value();
        }
        throw new MalformedJsonException("member \"" + name + "\" is missing or not a non-negative integer");
    }

    static List<JsonValue> array(JsonObject o, String name) {
        if (o.get(name) instanceof JsonArray a) {
            return a.elements();
        }
        throw new MalformedJsonException("member \"" + name + "\" is missing or not an array");
    }

    static byte[] base64(JsonObject o, String name) {
        try {
            return Base64.getDecoder().decode(string(o, name));
        } catch (IllegalArgumentException e) {
            throw new MalformedJsonException("member \"" + name + "\" is not base64");
        }
    }

    static List<byte[]> hashes(JsonObject o, String name) {
        List<byte[]> hashes = new ArrayList<>();
        for (JsonValue v : array(o, name)) {
            if (!(v instanceof JsonString s)) {
                throw new MalformedJsonException("member \"" + name + "\" holds a non-string");
            }
            try {
                hashes.add(Base64.getDecoder().decode(s.value()));
            } catch (IllegalArgumentException e) {
                throw new MalformedJsonException("member \"" + name + "\" holds a hash that is not base64");
            }
        }
        return hashes;
    }
}
