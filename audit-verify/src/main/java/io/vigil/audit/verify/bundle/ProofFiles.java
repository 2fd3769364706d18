package io.vigil.audit.verify.bundle;

import io.vigil.audit.verify.json.CanonicalJson;
import io.vigil.audit.verify.json.JsonReader;
import io.vigil.audit.verify.json.JsonValue;
import io.vigil.audit.verify.json.JsonValue.JsonArray;
import io.vigil.audit.verify.json.JsonValue.JsonNumber;
import io.vigil.audit.verify.json.JsonValue.JsonObject;
import io.vigil.audit.verify.json.JsonValue.JsonString;
import io.vigil.audit.verify.json.MalformedJsonException;
import io.vigil.audit.verify.merkle.CompactRange;
import io.vigil.audit.verify.merkle.ConsistencyProof;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes {@code prefix.json} and the lines of {@code consistency.ndjson}. */
final class ProofFiles {

    private ProofFiles() {
    }

    /** {@code {"hashes":[...],"size":n}}: the compact range of the tree before the bundle's first event. */
    static byte[] prefixJson(long size, List<byte[]> hashes) {
        Map<String, JsonValue> root = new LinkedHashMap<>();
        root.put("size", new JsonNumber(size));
        root.put("hashes", hashArray(hashes));
        return CanonicalJson.canonicalize(new JsonObject(root));
    }

    static CompactRange parsePrefix(byte[] json) {
        JsonObject root = JsonFields.object(JsonReader.parse(new String(json, StandardCharsets.UTF_8)), BundleFormat.PREFIX);
        long size = JsonFields.count(root, "size");
        List<byte[]> hashes = JsonFields.hashes(root, "hashes");
        try {
            return CompactRange.of(size, hashes);
        } catch (IllegalArgumentException e) {
            throw new MalformedJsonException(e.getMessage());
        }
    }

    /** {@code {"hashes":[...],"size1":a,"size2":b}} plus a newline. */
    static byte[] consistencyLine(ConsistencyProof proof) {
        Map<String, JsonValue> root = new LinkedHashMap<>();
        root.put("size1", new JsonNumber(proof.size1()));
        root.put("size2", new JsonNumber(proof.size2()));
        root.put("hashes", hashArray(proof.hashes()));
        return (CanonicalJson.toText(new JsonObject(root)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static List<ConsistencyProof> parseConsistency(byte[] ndjson) {
        List<ConsistencyProof> proofs = new ArrayList<>();
        for (String line : new String(ndjson, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                JsonObject o = JsonFields.object(JsonReader.parse(line), "consistency proof");
                proofs.add(new ConsistencyProof(JsonFields.count(o, "size1"), JsonFields.count(o, "size2"), JsonFields.hashes(o, "hashes")));
            }
        }
        return proofs;
    }

    private static JsonArray hashArray(List<byte[]> hashes) {
        List<JsonValue> values = new ArrayList<>();
        hashes.forEach(h -> values.add(new JsonString(Base64.getEncoder().encodeToString(h))));
        return new JsonArray(values);
    }
}
