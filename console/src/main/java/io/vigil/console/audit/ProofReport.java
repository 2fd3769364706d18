package io.vigil.console.audit;

import java.util.List;

/**
 * What the console found when it checked one event against the log's latest signed checkpoint, field by field, so
 * an auditor sees which check failed and not only that one did. Booleans are null where a check could not run.
 */
public record ProofReport(Verdict verdict, Long seq, String recordedLeafHash, String leafHash, Boolean leafMatches,
        String origin, Long treeSize, String rootHash, String key, KeySource keySource, String servedKey,
        Boolean signatureValid, Boolean proofValid, int proofHashes, List<String> problems, List<String> warnings) {

    public ProofReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** The overall answer. */
    public enum Verdict {
        /** The event's content hashes to a leaf that the signed root provably includes. */
        VERIFIED,
        /** Something does not check out; {@code problems} says what. */
        FAILED,
        /** The event is logged but no signed checkpoint covers it yet. */
        PENDING
    }

    /** Which key the checkpoint signature was checked with. */
    public enum KeySource {
        PINNED, SERVED, NONE
    }

    public boolean verified() {
        return verdict == Verdict.VERIFIED;
    }

    public boolean failed() {
        return verdict == Verdict.FAILED;
    }

    public boolean pending() {
        return verdict == Verdict.PENDING;
    }

    public boolean pinned() {
        return keySource == KeySource.PINNED;
    }
}
