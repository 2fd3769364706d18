package io.vigil.audit.verify.bundle;

/** What kind of thing is wrong with a bundle, so reports and tests can tell faults apart. */
public enum FaultKind {
    /** A file or a line that cannot be parsed. */
    MALFORMED,
    /** The public key is unusable or differs from the key the auditor pinned. */
    KEY,
    /** manifest.sig is missing, does not verify, or signs a different manifest. */
    MANIFEST_SIGNATURE,
    /** A file's SHA-256 differs from the manifest's. */
    FILE_HASH,
    /** A file the manifest lists is absent. */
    FILE_MISSING,
    /** A file is present that the manifest does not list. */
    FILE_UNLISTED,
    /** A checkpoint's signature does not verify: it was forged or altered. */
    CHECKPOINT_SIGNATURE,
    /** A checkpoint does not fit the bundle (origin, size, file name, or the final checkpoint is missing). */
    CHECKPOINT,
    /** An event's envelope no longer hashes to its leaf hash: the event was changed. */
    EVENT_CHANGED,
    /** A seq in the bundle's range has no event: it was removed. */
    EVENT_MISSING,
    /** An event is not where its seq or its recordedAt says it belongs: events were reordered. */
    EVENT_OUT_OF_ORDER,
    /** The same seq appears twice. */
    EVENT_DUPLICATE,
    /** An event's seq lies outside the bundle's range. */
    EVENT_OUT_OF_RANGE,
    /** The Merkle root recomputed from the events differs from a signed checkpoint's root. */
    ROOT_MISMATCH,
    /** A consistency proof between successive checkpoints is missing or does not verify. */
    CONSISTENCY
}
