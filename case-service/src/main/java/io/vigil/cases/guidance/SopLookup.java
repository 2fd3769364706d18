package io.vigil.cases.guidance;

import java.util.Optional;

/**
 * What asking sop-service for a case's SOP came to: the SOP, the word that none applies, or that guidance is
 * unavailable right now (down, slow, or the circuit is open), with the reason for the log and the operator.
 */
public record SopLookup(Kind kind, SopGuidance sop, String reason) {

    /** The three answers a lookup can have. */
    public enum Kind {
        FOUND, NONE_APPLIES, UNAVAILABLE
    }

    static SopLookup found(SopGuidance sop) {
        return new SopLookup(Kind.FOUND, sop, null);
    }

    static SopLookup noneApplies() {
        return new SopLookup(Kind.NONE_APPLIES, null, null);
    }

    static SopLookup unavailable(String reason) {
        return new SopLookup(Kind.UNAVAILABLE, null, reason);
    }

    public Optional<SopGuidance> found() {
        return Optional.ofNullable(sop);
    }
}
