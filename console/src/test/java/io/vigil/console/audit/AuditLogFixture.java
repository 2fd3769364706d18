package io.vigil.console.audit;

import io.vigil.audit.verify.json.CanonicalJson;
import io.vigil.audit.verify.merkle.InclusionProof;
import io.vigil.audit.verify.merkle.MerkleTree;
import io.vigil.audit.verify.merkle.Prover;
import io.vigil.audit.verify.merkle.TreeHasher;
import io.vigil.audit.verify.note.Checkpoint;
import io.vigil.audit.verify.note.SignerKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A real little audit log built with audit-verify, as audit-service would serve it: canonical envelopes, RFC 9162
 * leaves and proofs, and checkpoints signed with a fixed Ed25519 key (fixed, so every class loader of a Quarkus
 * test sees the same key). A second key stands in for someone else's.
 */
public final class AuditLogFixture {

    public static final String ORIGIN = "vigil.test/audit";
    public static final SignerKey LOG_KEY = new SignerKey(ORIGIN, seed(7));
    public static final SignerKey OTHER_KEY = new SignerKey(ORIGIN, seed(9));
    public static final int SIZE = 5;

    private static final List<String> ENVELOPES = envelopes();
    private static final List<byte[]> LEAVES = ENVELOPES.stream()
            .map(e -> TreeHasher.create().hashLeaf(e.getBytes(StandardCharsets.UTF_8))).toList();
    private static final Prover PROVER = MerkleTree.of(LEAVES).prover();

    private AuditLogFixture() {
    }

    public static String eventId(int seq) {
        return "0193a1b2-0000-7000-8000-00000000000" + seq;
    }

    /** GET /api/audit/events/{id}: seq, recordedAt, leafHash and the canonical envelope, byte for byte. */
    public static String event(int seq) {
        return event(seq, ENVELOPES.get(seq));
    }

    /** The same event with its stored envelope replaced, as a tampered database would serve it. */
    public static String tamperedEvent(int seq) {
        return event(seq, ENVELOPES.get(seq).replace("\"case.transition\"", "\"case.close\""));
    }

    public static String checkpointNote(long size, SignerKey key) {
        return Checkpoint.of(ORIGIN, size, PROVER.root(size)).sign(key);
    }

    /** GET /api/audit/checkpoints/latest as JSON. */
    public static String latest(long size, SignerKey key) {
        return "{\"origin\":\"" + ORIGIN + "\",\"size\":" + size + ",\"rootHash\":\""
                + b64(PROVER.root(size)) + "\",\"note\":" + quote(checkpointNote(size, key)) + "}";
    }

    /** GET /api/audit/events/{id}/proof?treeSize=. */
    public static String proof(int seq, long size) {
        return proof(seq, size, PROVER.inclusion(seq, size).hashes());
    }

    /** A proof whose first hash is flipped: it leads to some other root. */
    public static String brokenProof(int seq, long size) {
        List<byte[]> hashes = new ArrayList<>(PROVER.inclusion(seq, size).hashes());
        byte[] first = hashes.get(0).clone();
        first[0] ^= 1;
        hashes.set(0, first);
        return proof(seq, size, hashes);
    }

    public static InclusionProofBody proofBody(int seq, long size) {
        InclusionProof p = PROVER.inclusion(seq, size);
        return new InclusionProofBody(seq, size, b64(LEAVES.get(seq)),
                p.hashes().stream().map(AuditLogFixture::b64).toList(), checkpointNote(size, LOG_KEY));
    }

    public static String leafHash(int seq) {
        return b64(LEAVES.get(seq));
    }

    public static String root(long size) {
        return b64(PROVER.root(size));
    }

    private static String proof(int seq, long size, List<byte[]> hashes) {
        return "{\"seq\":" + seq + ",\"treeSize\":" + size + ",\"leafHash\":\"" + b64(LEAVES.get(seq))
                + "\",\"hashes\":[" + hashes.stream().map(h -> "\"" + b64(h) + "\"").collect(Collectors.joining(","))
                + "],\"checkpoint\":" + quote(checkpointNote(size, LOG_KEY)) + "}";
    }

    private static String event(int seq, String envelope) {
        return "{\"seq\":" + seq + ",\"recordedAt\":\"2026-11-20T09:15:0" + seq + ".000123Z\",\"leafHash\":\""
                + b64(LEAVES.get(seq)) + "\",\"envelope\":" + envelope + "}";
    }

    private static List<String> envelopes() {
        List<String> envelopes = new ArrayList<>();
        for (int seq = 0; seq < SIZE; seq++) {
            String json = """
                    {"eventId":"%s","producer":"case-service","producerSeq":%d,"occurredAt":"2026-11-20T09:15:00Z",
                     "actor":{"type":"user","ref":"ivy","roles":["investigator"]},"action":"case.transition",
                     "outcome":{"status":"success"},"target":{"type":"case","id":"TS-2026-00012%d","version":%d},
                     "region":"US","changes":[{"field":"status","before":"NEW","after":"TRIAGED"}]}
                    """.formatted(eventId(seq), seq + 1, seq, seq + 1);
            envelopes.add(new String(CanonicalJson.canonicalize(json), StandardCharsets.UTF_8));
        }
        return List.copyOf(envelopes);
    }

    private static byte[] seed(int fill) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) fill);
        return seed;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
