package io.vigil.audit.verify.bundle;

import io.vigil.audit.verify.json.CanonicalJson;
import io.vigil.audit.verify.json.CanonicalScanner;
import io.vigil.audit.verify.merkle.ConsistencyProof;
import io.vigil.audit.verify.merkle.TreeHasher;
import io.vigil.audit.verify.note.Checkpoint;
import io.vigil.audit.verify.note.NoteVerificationException;
import io.vigil.audit.verify.note.SignedNote;
import io.vigil.audit.verify.note.SignerKey;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipOutputStream;

/**
 * Writes an export bundle in exactly the layout {@link BundleVerifier} checks (see README "Bundle format"); the
 * audit-service's export uses it and so do the tests, which then tamper with what it wrote.
 *
 * <p>Call {@link #prefix} (when the bundle does not start at seq 0), then {@link #event} for every event in seq
 * order, add checkpoints and consistency proofs in any order, and {@link #finish}. Events stream into a spool
 * file and are stored uncompressed (see {@link StoredEntry}); everything else is small and is held until
 * {@code finish}.
 */
public final class BundleWriter {

    private final ZipOutputStream zip;
    private final SignerKey key;
    private final String origin;
    private final long from;
    private final TreeHasher hasher = TreeHasher.create();
    private final byte[] leafHash = new byte[TreeHasher.HASH_SIZE];
    private final List<ManifestFile> files = new ArrayList<>();
    private final TreeMap<Long, String> checkpoints = new TreeMap<>();
    private final List<ConsistencyProof> proofs = new ArrayList<>();
    private List<byte[]> prefix = List.of();
    private StoredEntry events;
    private long next;

    private BundleWriter(OutputStream out, SignerKey key, String origin, long from) {
        this.zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16));
        this.key = key;
        this.origin = origin;
        this.from = from;
        this.next = from;
    }

    /** Starts a bundle of log {@code origin} whose first event is {@code from}, signed by {@code key}. */
    public static BundleWriter create(OutputStream out, SignerKey key, String origin, long from) {
        return new BundleWriter(out, key, origin, from);
    }

    /** Sets the compact range of the tree of size {@code from} (see {@code CompactRange.of(nodes, from)}). */
    public BundleWriter prefix(List<byte[]> compactRangeHashes) {
        if (compactRangeHashes.size() != Long.bitCount(from)) {
            throw new IllegalArgumentException("a prefix of size " + from + " has " + Long.bitCount(from) + " hashes");
        }
        this.prefix = List.copyOf(compactRangeHashes);
        return this;
    }

    /** Appends the next event; seqs must run from {@code from} without gaps. Returns its leaf hash. */
    public byte[] event(ExportEvent event) throws IOException {
        if (event.seq() != next) {
            throw new IllegalArgumentException("expected seq " + next + " but got " + event.seq());
        }
        if (events == null) {
            events = new StoredEntry(BundleFormat.EVENTS);
        }
        byte[] envelope = canonical(event.envelopeJson());
        hasher.hashLeafInto(envelope, 0, envelope.length, leafHash);
        String head = "{\"seq\":" + event.seq() + ",\"recordedAt\":\"" + event.recordedAt() + "\",\"leafHash\":\""
                + Base64.getEncoder().encodeToString(leafHash) + "\",\"envelope\":";
        events.write(head.getBytes(StandardCharsets.US_ASCII));
        events.write(envelope);
        events.write(new byte[] {'}', '\n'});
        next++;
        return leafHash.clone();
    }

    private static byte[] canonical(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return CanonicalScanner.scan(bytes, 0, bytes.length) == bytes.length ? bytes : CanonicalJson.canonicalize(json);
    }

    /** Adds a signed checkpoint note; its tree size must lie in {@code [from, to]}. */
    public BundleWriter checkpoint(String signedNote) throws NoteVerificationException {
        Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(signedNote).text());
        checkpoints.put(checkpoint.size(), signedNote);
        return this;
    }

    /** Adds a consistency proof between two of the bundle's checkpoints. */
    public BundleWriter consistency(ConsistencyProof proof) {
        proofs.add(proof);
        return this;
    }

    /** Writes the remaining files, the manifest and its signature, and closes the zip. */
    public Manifest finish() throws IOException {
        files.add((events == null ? new StoredEntry(BundleFormat.EVENTS) : events).finish(zip));
        files.add(entry(BundleFormat.PREFIX, ProofFiles.prefixJson(from, prefix)));
        for (var c : checkpoints.entrySet()) {
            files.add(entry(BundleFormat.checkpointPath(c.getKey()), c.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        DigestingEntry consistency = new DigestingEntry(zip, BundleFormat.CONSISTENCY);
        for (ConsistencyProof p : proofs) {
            consistency.write(ProofFiles.consistencyLine(p));
        }
        files.add(consistency.finish());
        files.add(entry(BundleFormat.PUBLIC_KEY, (key.verifierKey().encode() + "\n").getBytes(StandardCharsets.UTF_8)));
        Manifest manifest = new Manifest(origin, from, next, files);
        byte[] manifestJson = manifest.toJson();
        entry(BundleFormat.MANIFEST, manifestJson);
        String signed = Manifest.signedText(origin, sha256(manifestJson));
        entry(BundleFormat.MANIFEST_SIGNATURE, SignedNote.sign(signed, key).format().getBytes(StandardCharsets.UTF_8));
        zip.close();
        return manifest;
    }

    private ManifestFile entry(String path, byte[] content) throws IOException {
        DigestingEntry entry = new DigestingEntry(zip, path);
        entry.write(content);
        return entry.finish();
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
