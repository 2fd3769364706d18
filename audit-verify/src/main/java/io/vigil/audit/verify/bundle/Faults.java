package io.vigil.audit.verify.bundle;

import java.util.ArrayList;
import java.util.List;

/** Collects every fault found, keeping the first {@value #LIMIT} in full and counting the rest. */
final class Faults {

    static final int LIMIT = 10_000; // a wholly rewritten bundle would otherwise print a million lines

    private final List<Fault> kept = new ArrayList<>();
    private long dropped;

    void add(FaultKind kind, String where, String message) {
        if (kept.size() < LIMIT) {
            kept.add(new Fault(kind, where, message));
        } else {
            dropped++;
        }
    }

    List<Fault> list() {
        return List.copyOf(kept);
    }

    long dropped() {
        return dropped;
    }
}
