package io.vigil.audit.verify.bundle;

import io.vigil.audit.verify.json.MalformedJsonException;
import io.vigil.audit.verify.merkle.CompactRange;
import io.vigil.audit.verify.merkle.TreeHasher;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Checks each event line as it streams past: its leaf hash against its envelope, its seq and recordedAt order,
 * and the Merkle root recomputed so far against every signed checkpoint it reaches.
 */
final class EventCheck implements LineReader.LineHandler {

    private static final int RECORDED_AT_LENGTH = "2026-03-01T12:00:00.000123Z".length();

    private final CompactRange tree;
    private final Iterator<Map.Entry<Long, byte[]>> checkpoints;
    private final SeqTracker seqs;
    private final Faults faults;
    private final EventLineParser parser = new EventLineParser();
    private final EventLine line = new EventLine();
    private final TreeHasher hasher = TreeHasher.create();
    private final byte[] leafHash = new byte[TreeHasher.HASH_SIZE];
    private final byte[] leafHashBase64 = new byte[44];
    private final byte[] previousRecordedAt = new byte[RECORDED_AT_LENGTH];
    private Map.Entry<Long, byte[]> nextCheckpoint;
    private long previousSeq = -1;
    private long events;

    /** {@code roots} are the signature-verified checkpoint roots by tree size, all above the prefix size. */
    EventCheck(CompactRange prefix, NavigableMap<Long, byte[]> roots, SeqTracker seqs, Faults faults) {
        this.tree = prefix;
        this.checkpoints = roots.tailMap(prefix.size(), false).entrySet().iterator();
        this.nextCheckpoint = checkpoints.hasNext() ? checkpoints.next() : null;
        this.seqs = seqs;
        this.faults = faults;
    }

    @Override
    public void line(byte[] buffer, int start, int end, long lineNumber) {
        events++;
        try {
            parser.parse(buffer, start, end, line);
        } catch (MalformedJsonException e) {
            faults.add(FaultKind.MALFORMED, "events.ndjson line " + lineNumber, e.getMessage());
            return;
        }
        seqs.observe(line.seq);
        checkLeafHash();
        checkRecordedAt();
        tree.append(leafHash.clone());
        previousSeq = line.seq;
        if (nextCheckpoint != null && tree.size() == nextCheckpoint.getKey()) {
            compareRoot();
        }
    }

    private void checkLeafHash() {
        hasher.hashLeafInto(line.envelope, line.envelopeOffset, line.envelopeLength, leafHash);
        Base64.getEncoder().encode(leafHash, leafHashBase64);
        if (!Arrays.equals(leafHashBase64, 0, 44, line.leafHash, line.leafHashOffset, line.leafHashOffset + line.leafHashLength)) {
            faults.add(FaultKind.EVENT_CHANGED, "events.ndjson seq " + line.seq,
                    "envelope does not hash to the leafHash recorded with it: the event was changed");
        }
    }

    // The sequencer stamps recordedAt as it assigns seq, so time never runs backwards along the log.
    private void checkRecordedAt() {
        if (line.recordedAtLength != RECORDED_AT_LENGTH) {
            faults.add(FaultKind.MALFORMED, "events.ndjson seq " + line.seq, "recordedAt is not RFC 3339 UTC with six fractional digits");
            return;
        }
        int from = line.recordedAtOffset;
        if (previousSeq >= 0 && Arrays.compare(line.recordedAt, from, from + RECORDED_AT_LENGTH, previousRecordedAt, 0, RECORDED_AT_LENGTH) < 0) {
            faults.add(FaultKind.EVENT_OUT_OF_ORDER, "events.ndjson seq " + line.seq,
                    "recorded before the preceding seq " + previousSeq + ": events were reordered");
        }
        System.arraycopy(line.recordedAt, from, previousRecordedAt, 0, RECORDED_AT_LENGTH);
    }

    private void compareRoot() {
        byte[] root = tree.root();
        if (!MessageDigest.isEqual(root, nextCheckpoint.getValue())) {
            faults.add(FaultKind.ROOT_MISMATCH, BundleFormat.checkpointPath(nextCheckpoint.getKey()),
                    "root recomputed from the events (" + Base64.getEncoder().encodeToString(root) + ") differs from the signed root");
        }
        nextCheckpoint = checkpoints.hasNext() ? checkpoints.next() : null;
    }

    /** Reports checkpoints the events never reached and closes the seq accounting. */
    void finish() {
        while (nextCheckpoint != null) {
            faults.add(FaultKind.ROOT_MISMATCH, BundleFormat.checkpointPath(nextCheckpoint.getKey()),
                    "the events reach only tree size " + tree.size() + ", so this checkpoint's root cannot be recomputed");
            nextCheckpoint = checkpoints.hasNext() ? checkpoints.next() : null;
        }
        seqs.finish();
    }

    long events() {
        return events;
    }

    byte[] root() {
        return tree.root();
    }
}
