package io.vigil.audit.verify.bundle;

import io.vigil.audit.verify.note.SignedNote;
import io.vigil.audit.verify.note.SignerKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Rewrites entries of a written bundle the way an attacker (or a misbehaving log, when re-signing) would. */
final class Tamper {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Path path;

    private Tamper(Path path) throws IOException {
        this.path = path;
        try (ZipFile zip = new ZipFile(path.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
    }

    static Tamper open(Path path) throws IOException {
        return new Tamper(path);
    }

    Tamper change(String name, UnaryOperator<String> change) {
        entries.put(name, change.apply(text(name)).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Tamper add(String name, String content) {
        entries.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Changes the lines of a text entry (kept with their newlines removed and restored). */
    Tamper lines(String name, UnaryOperator<List<String>> change) {
        List<String> lines = new ArrayList<>(List.of(text(name).split("\n")));
        return change(name, t -> String.join("\n", change.apply(lines)) + "\n");
    }

    Tamper remove(String name) {
        entries.remove(name);
        return this;
    }

    String text(String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    /** Recomputes the manifest for the current entries and signs it with {@code key}, as the log itself could. */
    Tamper resign(SignerKey key) {
        Manifest old = Manifest.parse(entries.get(BundleFormat.MANIFEST));
        List<ManifestFile> files = new ArrayList<>();
        for (ManifestFile f : old.files()) {
            byte[] content = entries.get(f.path());
            files.add(new ManifestFile(f.path(), BundleWriter.sha256(content), content.length));
        }
        byte[] json = new Manifest(old.origin(), old.from(), old.to(), files).toJson();
        entries.put(BundleFormat.MANIFEST, json);
        String signed = SignedNote.sign(Manifest.signedText(old.origin(), BundleWriter.sha256(json)), key).format();
        entries.put(BundleFormat.MANIFEST_SIGNATURE, signed.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Path write() throws IOException {
        try (OutputStream out = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return path;
    }
}
