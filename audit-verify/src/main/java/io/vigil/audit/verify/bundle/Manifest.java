package io.vigil.audit.verify.bundle;

import io.vigil.audit.verify.json.CanonicalJson;
import io.vigil.audit.verify.json.JsonReader;
import io.vigil.audit.verify.json.JsonValue;
import io.vigil.audit.verify.json.JsonValue.JsonArray;
import io.vigil.audit.verify.json.JsonValue.JsonNumber;
import io.vigil.audit.verify.json.JsonValue.JsonObject;
import io.vigil.audit.verify.json.JsonValue.JsonString;
import io.vigil.audit.verify.json.MalformedJsonException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundle's table of contents: which log, which seq range, and every file with its SHA-256; the log key signs
 * its hash, which is what makes every other file in the bundle tamper-evident.
 *
 * @param origin the log's origin, as in its checkpoints
 * @param from the first seq in the bundle
 * @param to one past the last seq (the tree size at the end of the bundle)
 * @param files every other file in the bundle
 */
public record Manifest(String origin, long from, long to, List<ManifestFile> files) {

    /** Copies the file list. */
    public Manifest {
        files = List.copyOf(files);
    }

    /** The manifest as RFC 8785 canonical JSON, so its hash is reproducible. */
    public byte[] toJson() {
        List<JsonValue> entries = new ArrayList<>();
        for (ManifestFile f : files) {
            Map<String, JsonValue> entry = new LinkedHashMap<>();
            entry.put("path", new JsonString(f.path()));
            entry.put("sha256", new JsonString(Base64.getEncoder().encodeToString(f.sha256())));
            entry.put("size", new JsonNumber(f.size()));
            entries.add(new JsonObject(entry));
        }
        Map<String, JsonValue> root = new LinkedHashMap<>();
        root.put("format", new JsonString(BundleFormat.FORMAT));
        root.put("origin", new JsonString(origin));
        root.put("from", new JsonNumber(from));
        root.put("to", new JsonNumber(to));
        root.put("files", new JsonArray(entries));
        return CanonicalJson.canonicalize(new JsonObject(root));
    }

    /** Parses manifest JSON, throwing {@link MalformedJsonException} naming the missing or wrong member. */
    public static Manifest parse(byte[] json) {
        JsonObject root = JsonFields.object(JsonReader.parse(new String(json, StandardCharsets.UTF_8)), "manifest");
        String format = JsonFields.string(root, "format");
        if (!BundleFormat.FORMAT.equals(format)) {
            throw new MalformedJsonException("manifest format is \"" + format + "\", expected " + BundleFormat.FORMAT);
        }
        List<ManifestFile> files = new ArrayList<>();
        for (JsonValue v : JsonFields.array(root, "files")) {
            JsonObject f = JsonFields.object(v, "manifest file entry");
            files.add(new ManifestFile(JsonFields.string(f, "path"), JsonFields.base64(f, "sha256"), JsonFields.count(f, "size")));
        }
        return new Manifest(JsonFields.string(root, "origin"), JsonFields.count(root, "from"), JsonFields.count(root, "to"), files);
    }

    /**
     * The note text the log key signs for a manifest: format, origin and the manifest's SHA-256, one per line.
     */
    public static String signedText(String origin, byte[] manifestSha256) {
        return BundleFormat.FORMAT + "\n" + origin + "\n" + Base64.getEncoder().encodeToString(manifestSha256) + "\n";
    }
}
