package io.vigil.sop.adoption;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/** A published version in effect that someone was asked to acknowledge and has not, and why they were asked. */
@RegisterForReflection
public record PendingAcknowledgement(String sop, String title, int version, Instant effectiveFrom, Instant dueBy,
        boolean overdue, List<String> audiences) {

    public PendingAcknowledgement {
        audiences = List.copyOf(audiences);
    }
}
