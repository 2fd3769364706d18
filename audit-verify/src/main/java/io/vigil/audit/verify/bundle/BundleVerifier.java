package io.vigil.audit.verify.bundle;

import io.vigil.audit.verify.json.MalformedJsonException;
import io.vigil.audit.verify.merkle.CompactRange;
import io.vigil.audit.verify.note.VerifierKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Verifies an export bundle offline and reports every fault it finds, naming the file, seq or checkpoint: the
 * auditor's answer to "is this the log, the whole range, unaltered?".
 */
public final class BundleVerifier {

    private final Optional<VerifierKey> pinnedKey;

    private BundleVerifier(Optional<VerifierKey> pinnedKey) {
        this.pinnedKey = pinnedKey;
    }

    /** A verifier that checks signatures against the key the auditor already trusts (recommended). */
    public static BundleVerifier pinnedTo(VerifierKey key) {
        return new BundleVerifier(Optional.of(key));
    }

    /** A verifier that takes the key from the bundle's public-key.txt; it proves integrity, not authorship. */
    public static BundleVerifier trustingBundleKey() {
        return new BundleVerifier(Optional.empty());
    }

    /** Verifies the bundle at {@code path}; I/O errors on the zip itself are thrown, not reported as faults. */
    public VerificationReport verify(Path path) throws IOException {
        Faults faults = new Faults();
        try (ZipBundle zip = new ZipBundle(path)) {
            ManifestCheck manifests = new ManifestCheck(zip, faults);
            Optional<VerifierKey> key = manifests.key(pinnedKey);
            Optional<Manifest> manifest = manifests.manifest(key);
            if (manifest.isEmpty()) {
                return report(faults, Optional.empty(), key, 0, 0, "");
            }
            manifests.files(manifest.get());
            CheckpointCheck checkpoints = new CheckpointCheck(zip, manifest.get(), faults);
            NavigableMap<Long, byte[]> roots = checkpoints.verify(key);
            checkpoints.consistency();
            EventCheck events = new EventCheck(prefix(zip, manifest.get(), roots, faults), roots,
                    new SeqTracker(manifest.get().from(), manifest.get().to(), faults), faults);
            stream(zip, manifest.get(), events, manifests);
            return report(faults, manifest, key, events.events(), roots.size(), Base64.getEncoder().encodeToString(events.root()));
        }
    }

    private static CompactRange prefix(ZipBundle zip, Manifest manifest, NavigableMap<Long, byte[]> roots, Faults faults)
            throws IOException {
        Optional<byte[]> json = zip.read(BundleFormat.PREFIX);
        try {
            CompactRange prefix = json.isPresent() ? ProofFiles.parsePrefix(json.get()) : CompactRange.empty();
            if (prefix.size() != manifest.from()) {
                faults.add(FaultKind.MALFORMED, BundleFormat.PREFIX, "covers " + prefix.size() + " leaves, the bundle starts at " + manifest.from());
            } else if (roots.containsKey(prefix.size()) && !MessageDigest.isEqual(prefix.root(), roots.get(prefix.size()))) {
                faults.add(FaultKind.ROOT_MISMATCH, BundleFormat.PREFIX, "prefix hashes do not lead to the signed root at size " + prefix.size());
            }
            return prefix;
        } catch (MalformedJsonException e) {
            faults.add(FaultKind.MALFORMED, BundleFormat.PREFIX, e.getMessage());
            return CompactRange.empty();
        }
    }

    private static void stream(ZipBundle zip, Manifest manifest, EventCheck events, ManifestCheck manifests) throws IOException {
        Optional<InputStream> in = zip.open(BundleFormat.EVENTS);
        LineReader reader = null;
        if (in.isPresent()) {
            try (InputStream stream = in.get()) {
                reader = new LineReader(stream);
                reader.forEachLine(events);
            }
        }
        events.finish();
        for (ManifestFile file : manifest.files()) {
            if (file.path().equals(BundleFormat.EVENTS)) {
                manifests.compare(file, reader == null ? null : reader.sha256(), reader == null ? -1 : reader.size());
            }
        }
    }

    private VerificationReport report(Faults faults, Optional<Manifest> manifest, Optional<VerifierKey> key, long events,
            int checkpoints, String root) {
        return new VerificationReport(manifest.map(Manifest::origin).orElse(""), manifest.map(Manifest::from).orElse(0L),
                manifest.map(Manifest::to).orElse(0L), events, checkpoints, root, key.map(VerifierKey::encode).orElse(""),
                pinnedKey.isPresent(), faults.list(), faults.dropped());
    }
}
