package io.vigil.cases.rest;

import io.vigil.cases.shift.ShiftRole;
import io.vigil.cases.shift.ShiftSpec;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.UUID;

/** The body of POST and PUT /api/shifts. */
public record ShiftRequest(
        @NotBlank @Pattern(regexp = IncidentRequests.REGION, message = IncidentRequests.REGION_MESSAGE) String region,
        UUID queueId,
        @NotBlank @Pattern(regexp = IncidentRequests.PERSON, message = IncidentRequests.PERSON_MESSAGE) String person,
        @NotNull ShiftRole role,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt) {

    ShiftSpec toSpec() {
        return new ShiftSpec(region, queueId, person, role, startsAt, endsAt);
    }
}
