package io.vigil.audit.log;

import io.vigil.audit.verify.json.CanonicalJson;
import io.vigil.audit.verify.json.JsonValue;
import io.vigil.audit.verify.json.JsonValue.JsonArray;
import io.vigil.audit.verify.json.JsonValue.JsonNumber;
import io.vigil.audit.verify.json.JsonValue.JsonObject;
import io.vigil.audit.verify.json.JsonValue.JsonString;
import io.vigil.kit.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The RFC 8785 canonical JSON of an envelope, built straight from the validated record into audit-verify's JSON
 * model (no serialise-then-parse round trip), so the text that is stored, hashed and served is made exactly once.
 * Members are those Jackson writes for the record (nulls left out), so the result equals canonicalising its JSON.
 */
final class CanonicalEnvelope {

    private CanonicalEnvelope() {
    }

    /** The canonical text; the envelope's personal data must already be sealed. */
    static String of(IngestEnvelope e) {
        Map<String, JsonValue> m = new HashMap<>(32);
        put(m, "eventId", e.eventId() == null ? null : e.eventId().toString());
        put(m, "producer", e.producer());
        number(m, "producerSeq", e.producerSeq());
        put(m, "occurredAt", e.occurredAt() == null ? null : e.occurredAt().toString());
        object(m, "actor", e.actor(), a -> {
            Map<String, JsonValue> o = new HashMap<>(8);
            put(o, "type", a.type() == null ? null : a.type().name());
            put(o, "ref", a.ref());
            strings(o, "roles", a.roles());
            put(o, "onBehalfOf", a.onBehalfOf());
            return o;
        });
        put(m, "action", e.action());
        object(m, "outcome", e.outcome(), o -> pairs("status", o.status() == null ? null : o.status().name(), "code", o.code()));
        object(m, "target", e.target(), t -> {
            Map<String, JsonValue> o = pairs("type", t.type(), "id", t.id());
            number(o, "version", t.version());
            return o;
        });
        put(m, "region", e.region());
        object(m, "reason", e.reason(), r -> pairs("code", r.code(), "text", r.text()));
        object(m, "sop", e.sop(), s -> {
            Map<String, JsonValue> o = pairs("key", s.key(), null, null);
            number(o, "version", s.version());
            return o;
        });
        put(m, "correlationId", e.correlationId());
        put(m, "traceId", e.traceId());
        list(m, "subjects", e.subjects(), s -> pairs("ref", s.ref(), "role", s.role()));
        list(m, "changes", e.changes(), c -> {
            Map<String, JsonValue> o = pairs("field", c.field(), "before", c.before());
            put(o, "after", c.after());
            return o;
        });
        object(m, "payload", e.payload(), p -> {
            Map<String, JsonValue> o = pairs("subjectRef", p.subjectRef(), "keyId", p.keyId());
            put(o, "nonce", p.nonce());
            put(o, "ciphertext", p.ciphertext());
            return o;
        });
        if (e.personal() != null) {
            throw new IllegalStateException("personal data must be sealed before the envelope is canonicalised");
        }
        return CanonicalJson.toText(new JsonObject(m));
    }

    private static Map<String, JsonValue> pairs(String k1, String v1, String k2, String v2) {
        Map<String, JsonValue> o = new HashMap<>(8);
        put(o, k1, v1);
        if (k2 != null) {
            put(o, k2, v2);
        }
        return o;
    }

    private static <T> void object(Map<String, JsonValue> m, String name, T value, Function<T, Map<String, JsonValue>> members) {
        if (value != null) {
            m.put(name, new JsonObject(members.apply(value)));
        }
    }

    private static <T> void list(Map<String, JsonValue> m, String name, List<T> values, Function<T, Map<String, JsonValue>> members) {
        if (values != null) {
            List<JsonValue> elements = new ArrayList<>(values.size());
            values.forEach(v -> elements.add(new JsonObject(members.apply(v))));
            m.put(name, new JsonArray(elements));
        }
    }

    private static void strings(Map<String, JsonValue> m, String name, List<String> values) {
        if (values != null) {
            List<JsonValue> elements = new ArrayList<>(values.size());
            values.forEach(v -> elements.add(v == null ? new JsonValue.JsonNull() : string(name, v)));
            m.put(name, new JsonArray(elements));
        }
    }

    private static void number(Map<String, JsonValue> m, String name, Number value) {
        if (value != null) {
            m.put(name, new JsonNumber(value.doubleValue()));
        }
    }

    private static void put(Map<String, JsonValue> m, String name, String value) {
        if (value != null) {
            m.put(name, string(name, value));
        }
    }

    // RFC 8785 section 3.2.2.2 (via RFC 7493): a lone surrogate has no canonical form, so such an envelope is refused.
    private static JsonString string(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidRequestException(name, "holds a lone UTF-16 surrogate, which RFC 8785 cannot canonicalise");
            }
        }
        return new JsonString(value);
    }
}
