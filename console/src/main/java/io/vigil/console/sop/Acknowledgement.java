package io.vigil.console.sop;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Times;
import java.time.Instant;

/** Someone's acknowledgement of a published version. */
@RegisterForReflection
public record Acknowledgement(String sop, int version, String username, Instant acknowledgedAt) {

    public String acknowledged() {
        return Times.utc(acknowledgedAt);
    }
}
