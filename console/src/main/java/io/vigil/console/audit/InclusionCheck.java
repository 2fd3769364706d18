package io.vigil.console.audit;

import io.vigil.audit.verify.json.CanonicalJson;
import io.vigil.audit.verify.json.JsonReader;
import io.vigil.audit.verify.json.JsonValue;
import io.vigil.audit.verify.json.MalformedJsonException;
import io.vigil.audit.verify.merkle.InclusionProof;
import io.vigil.audit.verify.merkle.ProofVerificationException;
import io.vigil.audit.verify.merkle.TreeHasher;
import io.vigil.audit.verify.note.Checkpoint;
import io.vigil.audit.verify.note.NoteVerificationException;
import io.vigil.audit.verify.note.VerifierKey;
import io.vigil.console.outbound.Answer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Checks one event the way an auditor would with audit-verify, inside the console: recompute the leaf hash from
 * the envelope as served (RFC 8785 canonical JSON, RFC 9162 leaf), verify the latest checkpoint's Ed25519 signature
 * with the pinned key (or, without a pin, the key audit-service serves, and say so), then verify the inclusion
 * proof from that leaf to the signed root. Nothing the service asserts is taken on trust.
 */
public final class InclusionCheck {

    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private InclusionCheck() {
    }

    /**
     * @param eventJson the body of GET /api/audit/events/{id}
     * @param checkpointNote the latest signed checkpoint note
     * @param servedKey the key audit-service serves, or empty when it could not be fetched
     * @param pinnedKey the key pinned in console configuration, or empty
     * @param proofs fetches the inclusion proof for a tree size
     */
    public static ProofReport check(String eventJson, String checkpointNote, Optional<String> servedKey,
            Optional<String> pinnedKey, LongFunction<Answer<InclusionProofBody>> proofs) {
        return new InclusionCheck().run(eventJson, checkpointNote, servedKey, pinnedKey, proofs);
    }

    private ProofReport run(String eventJson, String note, Optional<String> served, Optional<String> pinned,
            LongFunction<Answer<InclusionProofBody>> proofs) {
        Leaf leaf = leaf(eventJson);
        Key key = key(served, pinned);
        Checkpoint checkpoint = key.verifier == null ? null : checkpoint(note, key, served);
        Boolean signatureValid = key.verifier == null ? null : checkpoint != null;
        ProofReport.Verdict verdict = ProofReport.Verdict.FAILED;
        Boolean proofValid = null;
        int hashes = 0;
        if (leaf != null && checkpoint != null) {
            if (leaf.seq >= checkpoint.size()) {
                verdict = ProofReport.Verdict.PENDING;
            } else {
                Answer<InclusionProofBody> proof = proofs.apply(checkpoint.size());
                if (!proof.ok()) {
                    problems.add("The inclusion proof could not be fetched: " + proof.failure().message());
                } else {
                    hashes = proof.value().hashes().size();
                    proofValid = prove(proof.value(), leaf, checkpoint);
                }
            }
        }
        if (problems.isEmpty() && Boolean.TRUE.equals(proofValid)) {
            verdict = ProofReport.Verdict.VERIFIED;
        } else if (!problems.isEmpty()) {
            verdict = ProofReport.Verdict.FAILED;
        }
        return new ProofReport(verdict, leaf == null ? null : leaf.seq, leaf == null ? null : leaf.recorded,
                leaf == null ? null : b64(leaf.hash), leaf == null ? null : leaf.matches(),
                checkpoint == null ? null : checkpoint.origin(), checkpoint == null ? null : checkpoint.size(),
                checkpoint == null ? null : b64(checkpoint.rootHash()),
                key.verifier == null ? null : key.verifier.encode(), key.source, served.map(String::strip).orElse(null),
                signatureValid, proofValid, hashes, problems, warnings);
    }

    private Leaf leaf(String eventJson) {
        try {
            if (!(JsonReader.parse(eventJson) instanceof JsonValue.JsonObject event)
                    || !(event.get("seq") instanceof JsonValue.JsonNumber seq)
                    || !(event.get("envelope") instanceof JsonValue.JsonObject envelope)) {
                problems.add("The event as served has no seq or envelope.");
                return null;
            }
            String recorded = event.get("leafHash") instanceof JsonValue.JsonString s ? s.value() : null;
            byte[] hash = TreeHasher.create().hashLeaf(CanonicalJson.canonicalize(envelope));
            Leaf leaf = new Leaf((long) seq.value(), recorded, hash);
            if (!leaf.matches()) {
                problems.add("The envelope does not hash to the leaf hash recorded with it: the event was changed"
                        + " after it was logged.");
            }
            return leaf;
        } catch (MalformedJsonException e) {
            problems.add("The event as served is not valid JSON: " + e.getMessage());
            return null;
        }
    }

    private Key key(Optional<String> served, Optional<String> pinned) {
        if (pinned.isPresent()) {
            try {
                VerifierKey pin = VerifierKey.parse(pinned.get());
                served.map(String::strip).filter(s -> !s.equals(pin.encode())).ifPresent(s -> warnings.add(
                        "audit-service serves the key " + s + ", which is not the key pinned in the console's"
                                + " configuration (" + pin.encode() + ")."));
                return new Key(pin, ProofReport.KeySource.PINNED);
            } catch (NoteVerificationException e) {
                problems.add("The key pinned in the console's configuration is not a verifier key: " + e.getMessage());
                return new Key(null, ProofReport.KeySource.NONE);
            }
        }
        if (served.isEmpty()) {
            problems.add("No key to check the checkpoint with: none is pinned and audit-service's could not be fetched.");
            return new Key(null, ProofReport.KeySource.NONE);
        }
        try {
            warnings.add("No key is pinned in the console's configuration, so the checkpoint was checked with the key"
                    + " audit-service itself serves. Pin the log's key to make this check independent of the service.");
            return new Key(VerifierKey.parse(served.get()), ProofReport.KeySource.SERVED);
        } catch (NoteVerificationException e) {
            problems.add("audit-service serves a malformed key: " + e.getMessage());
            return new Key(null, ProofReport.KeySource.NONE);
        }
    }

    private Checkpoint checkpoint(String note, Key key, Optional<String> served) {
        try {
            return Checkpoint.verify(note, key.verifier);
        } catch (NoteVerificationException e) {
            String byServed = key.source == ProofReport.KeySource.PINNED && verifiesWith(note, served)
                    ? " It is signed by the key audit-service serves, which does not match the pinned key." : "";
            problems.add("The latest checkpoint's signature does not verify: " + e.getMessage() + "." + byServed);
            return null;
        }
    }

    private static boolean verifiesWith(String note, Optional<String> key) {
        try {
            return key.isPresent() && Checkpoint.verify(note, VerifierKey.parse(key.get())) != null;
        } catch (NoteVerificationException e) {
            return false;
        }
    }

    private boolean prove(InclusionProofBody body, Leaf leaf, Checkpoint checkpoint) {
        if (body.seq() != leaf.seq || body.treeSize() != checkpoint.size()) {
            problems.add("The proof is for seq " + body.seq() + " in tree size " + body.treeSize() + ", not seq "
                    + leaf.seq + " in tree size " + checkpoint.size() + ".");
            return false;
        }
        try {
            List<byte[]> path = body.hashes().stream().map(Base64.getDecoder()::decode).toList();
            // The recomputed leaf is proved, not the one the service sent, so a changed envelope cannot pass.
            new InclusionProof(leaf.seq, checkpoint.size(), path).verify(leaf.hash, checkpoint.rootHash());
            return true;
        } catch (ProofVerificationException | IllegalArgumentException e) {
            problems.add("The inclusion proof does not verify: " + e.getMessage() + ".");
            return false;
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private record Leaf(long seq, String recorded, byte[] hash) {

        boolean matches() {
            return b64(hash).equals(recorded);
        }
    }

    private record Key(VerifierKey verifier, ProofReport.KeySource source) {
    }
}
