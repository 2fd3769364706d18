package io.vigil.audit.verify.bundle;

import io.vigil.audit.verify.json.MalformedJsonException;
import io.vigil.audit.verify.note.NoteVerificationException;
import io.vigil.audit.verify.note.SignedNote;
import io.vigil.audit.verify.note.VerifierKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Establishes the key, checks the manifest's signature and compares every small file with its manifest hash. */
final class ManifestCheck {

    private final ZipBundle zip;
    private final Faults faults;

    ManifestCheck(ZipBundle zip, Faults faults) {
        this.zip = zip;
        this.faults = faults;
    }

    /** The key to verify with: the pinned one if given (reporting a differing bundle key), else the bundle's. */
    Optional<VerifierKey> key(Optional<VerifierKey> pinned) throws IOException {
        Optional<VerifierKey> bundled = Optional.empty();
        Optional<byte[]> text = zip.read(BundleFormat.PUBLIC_KEY);
        try {
            if (text.isPresent()) {
                bundled = Optional.of(VerifierKey.parse(new String(text.get(), StandardCharsets.UTF_8)));
            } else if (pinned.isEmpty()) {
                faults.add(FaultKind.KEY, BundleFormat.PUBLIC_KEY, "missing, and no key was pinned: nothing can be verified");
            }
        } catch (NoteVerificationException e) {
            faults.add(FaultKind.KEY, BundleFormat.PUBLIC_KEY, e.getMessage());
        }
        if (pinned.isPresent() && bundled.isPresent() && !pinned.equals(bundled)) {
            faults.add(FaultKind.KEY, BundleFormat.PUBLIC_KEY, "differs from the pinned key " + pinned.get().encode());
        }
        return pinned.isPresent() ? pinned : bundled;
    }

    /** Verifies manifest.sig and parses manifest.json; empty when the manifest is missing or unreadable. */
    Optional<Manifest> manifest(Optional<VerifierKey> key) throws IOException {
        Optional<byte[]> json = zip.read(BundleFormat.MANIFEST);
        if (json.isEmpty()) {
            faults.add(FaultKind.FILE_MISSING, BundleFormat.MANIFEST, "missing: the bundle cannot be checked");
            return Optional.empty();
        }
        Manifest manifest;
        try {
            manifest = Manifest.parse(json.get());
        } catch (MalformedJsonException e) {
            faults.add(FaultKind.MALFORMED, BundleFormat.MANIFEST, e.getMessage());
            return Optional.empty();
        }
        key.ifPresent(k -> checkSignature(k, manifest, json.get()));
        return Optional.of(manifest);
    }

    private void checkSignature(VerifierKey key, Manifest manifest, byte[] json) {
        try {
            Optional<byte[]> sig = zip.read(BundleFormat.MANIFEST_SIGNATURE);
            if (sig.isEmpty()) {
                faults.add(FaultKind.MANIFEST_SIGNATURE, BundleFormat.MANIFEST_SIGNATURE, "missing: the manifest is not signed");
                return;
            }
            String signed = SignedNote.parse(new String(sig.get(), StandardCharsets.UTF_8)).verify(key);
            if (!signed.equals(Manifest.signedText(manifest.origin(), BundleWriter.sha256(json)))) {
                faults.add(FaultKind.MANIFEST_SIGNATURE, BundleFormat.MANIFEST_SIGNATURE,
                        "signs a different manifest than manifest.json: the manifest was altered");
            }
        } catch (NoteVerificationException | IOException e) {
            faults.add(FaultKind.MANIFEST_SIGNATURE, BundleFormat.MANIFEST_SIGNATURE, e.getMessage());
        }
    }

    /** Compares every listed file except the events (hashed while streaming) and reports unlisted files. */
    void files(Manifest manifest) throws IOException {
        Set<String> listed = new HashSet<>(Set.of(BundleFormat.MANIFEST, BundleFormat.MANIFEST_SIGNATURE));
        for (ManifestFile file : manifest.files()) {
            listed.add(file.path());
            if (!file.path().equals(BundleFormat.EVENTS)) {
                Optional<byte[]> content = zip.read(file.path());
                compare(file, content.map(BundleWriter::sha256).orElse(null), content.map(c -> (long) c.length).orElse(-1L));
            }
        }
        for (String name : zip.names()) {
            if (!listed.contains(name)) {
                faults.add(FaultKind.FILE_UNLISTED, name, "not listed in the manifest: it was added");
            }
        }
    }

    /** Reports a missing file ({@code sha256 == null}) or one whose hash or size differs. */
    void compare(ManifestFile file, byte[] sha256, long size) {
        if (sha256 == null) {
            faults.add(FaultKind.FILE_MISSING, file.path(), "listed in the manifest but absent: it was removed");
        } else if (!MessageDigest.isEqual(sha256, file.sha256()) || size != file.size()) {
            faults.add(FaultKind.FILE_HASH, file.path(), "SHA-256 does not match the manifest: the file was altered");
        }
    }
}
