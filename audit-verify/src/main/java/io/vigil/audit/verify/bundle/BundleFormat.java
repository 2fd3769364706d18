package io.vigil.audit.verify.bundle;

/** The names and constants of the export bundle format, in one place so writer and verifier cannot drift. */
public final class BundleFormat {

    /** Format identifier, written into the manifest and the manifest signature. */
    public static final String FORMAT = "vigil-audit-bundle/1";
    /** Events, one JSON object per line, in seq order. */
    public static final String EVENTS = "events.ndjson";
    /** The compact range of the tree before the first event. */
    public static final String PREFIX = "prefix.json";
    /** Consistency proofs between successive checkpoints, one per line. */
    public static final String CONSISTENCY = "consistency.ndjson";
    /** The log's verifier key. */
    public static final String PUBLIC_KEY = "public-key.txt";
    /** File list with SHA-256 hashes. */
    public static final String MANIFEST = "manifest.json";
    /** Signed note over the manifest's hash. */
    public static final String MANIFEST_SIGNATURE = "manifest.sig";
    /** Folder of signed checkpoint notes. */
    public static final String CHECKPOINTS_DIR = "checkpoints/";

    private BundleFormat() {
    }

    /** The entry name of the checkpoint of tree size {@code size}: zero-padded so names sort by size. */
    public static String checkpointPath(long size) {
        return CHECKPOINTS_DIR + String.format("%020d", size) + ".txt";
    }
}
