package io.vigil.audit.verify.bundle;

import java.util.Map;
import java.util.TreeMap;

/**
 * Follows the seqs of the event lines and tells a removed event from a reordered or duplicated one, which a
 * simple "expected next seq" check cannot.
 */
final class SeqTracker {

    private final long from;
    private final long to;
    private final Faults faults;
    private final TreeMap<Long, Long> gaps = new TreeMap<>(); // start -> end (exclusive) of seqs not seen yet
    private long next;

    SeqTracker(long from, long to, Faults faults) {
        this.from = from;
        this.to = to;
        this.faults = faults;
        this.next = from;
    }

    void observe(long seq) {
        if (seq < from || seq >= to) {
            faults.add(FaultKind.EVENT_OUT_OF_RANGE, "events.ndjson seq " + seq, "outside the bundle's range [" + from + ", " + to + ")");
        } else if (seq == next) {
            next++;
        } else if (seq > next) {
            gaps.put(next, seq);
            next = seq + 1;
        } else if (fillGap(seq)) {
            faults.add(FaultKind.EVENT_OUT_OF_ORDER, "events.ndjson seq " + seq, "appears after seq " + (next - 1) + ": events were reordered");
        } else {
            faults.add(FaultKind.EVENT_DUPLICATE, "events.ndjson seq " + seq, "appears more than once");
        }
    }

    private boolean fillGap(long seq) {
        Map.Entry<Long, Long> gap = gaps.floorEntry(seq);
        if (gap == null || seq >= gap.getValue()) {
            return false;
        }
        gaps.remove(gap.getKey());
        if (gap.getKey() < seq) {
            gaps.put(gap.getKey(), seq);
        }
        if (seq + 1 < gap.getValue()) {
            gaps.put(seq + 1, gap.getValue());
        }
        return true;
    }

    /** Reports every seq never seen, as ranges. */
    void finish() {
        if (next < to) {
            gaps.put(next, to);
        }
        gaps.forEach((start, end) -> faults.add(FaultKind.EVENT_MISSING,
                end - start == 1 ? "events.ndjson seq " + start : "events.ndjson seqs " + start + ".." + (end - 1),
                end - start == 1 ? "no event: it was removed" : (end - start) + " events are absent: they were removed"));
    }
}
