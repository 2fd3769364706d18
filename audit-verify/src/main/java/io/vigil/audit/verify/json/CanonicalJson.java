package io.vigil.audit.verify.json;

import io.vigil.audit.verify.json.JsonValue.JsonArray;
import io.vigil.audit.verify.json.JsonValue.JsonBoolean;
import io.vigil.audit.verify.json.JsonValue.JsonNull;
import io.vigil.audit.verify.json.JsonValue.JsonNumber;
import io.vigil.audit.verify.json.JsonValue.JsonObject;
import io.vigil.audit.verify.json.JsonValue.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 JSON Canonicalization Scheme: the one byte form of a JSON value that audit leaf hashes are computed
 * over, so the service and an offline auditor agree bit for bit.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** Parses {@code json} (I-JSON) and returns its canonical UTF-8 bytes. */
    public static byte[] canonicalize(String json) {
        return canonicalize(JsonReader.parse(json));
    }

    /** The canonical UTF-8 bytes of {@code value}. */
    public static byte[] canonicalize(JsonValue value) {
        return toText(value).getBytes(StandardCharsets.UTF_8);
    }

    /** The canonical form as text; encode it as UTF-8 before hashing. */
    public static String toText(JsonValue value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out);
        return out.toString();
    }

    private static void write(JsonValue value, StringBuilder out) {
        // Java 17 has no pattern switch; the sealed hierarchy keeps this chain complete.
        if (value instanceof JsonObject o) {
            writeObject(o, out);
        } else if (value instanceof JsonArray a) {
            writeArray(a, out);
        } else if (value instanceof JsonString s) {
            JsonStrings.write(s.value(), out);
        } else if (value instanceof JsonNumber n) {
            out.append(EcmaNumbers.format(n.value()));
        } else if (value instanceof JsonBoolean b) {
            out.append(b.value());
        } else if (value instanceof JsonNull) {
            out.append("null");
        }
    }

    // RFC 8785 section 3.2.3: members sorted by the UTF-16 code units of their names, which String.compareTo is.
    private static void writeObject(JsonObject object, StringBuilder out) {
        List<Map.Entry<String, JsonValue>> members = new ArrayList<>(object.members().entrySet());
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            JsonStrings.write(members.get(i).getKey(), out);
            out.append(':');
            write(members.get(i).getValue(), out);
        }
        out.append('}');
    }

    private static void writeArray(JsonArray array, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < array.elements().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(array.elements().get(i), out);
        }
        out.append(']');
    }
}
