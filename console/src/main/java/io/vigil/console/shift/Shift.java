package io.vigil.console.shift;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Times;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A shift on the roster as case-service shows it; no {@code queueId} means the whole region. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record Shift(UUID id, String region, UUID queueId, String person, String role, Instant startsAt,
        Instant endsAt, String createdBy, long version) {

    public String starts() {
        return Times.utc(startsAt);
    }

    public String ends() {
        return Times.utc(endsAt);
    }

    public boolean onAt(Instant now) {
        return startsAt != null && endsAt != null && !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    public boolean lead() {
        return "LEAD".equals(role);
    }

    /** Who is on duty in a region now: GET /api/shifts/on-duty. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OnDuty(String region, Instant at, List<Shift> leads, List<Shift> investigators) {

        public OnDuty {
            leads = leads == null ? List.of() : List.copyOf(leads);
            investigators = investigators == null ? List.of() : List.copyOf(investigators);
        }

        public boolean nobody() {
            return leads.isEmpty() && investigators.isEmpty();
        }
    }
}
