package io.vigil.cases.rest;

import io.vigil.cases.incident.IncidentDetails;
import io.vigil.cases.incident.IncidentKind;
import io.vigil.cases.incident.IncidentSeverity;
import io.vigil.cases.incident.IncidentStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The bodies of the incident commands. */
final class IncidentRequests {

    static final String REGION = "[A-Z]{2}";
    static final String REGION_MESSAGE = "must be a two-letter region code such as US";
    static final String PERSON = "[A-Za-z0-9][A-Za-z0-9._@-]{0,127}";
    static final String PERSON_MESSAGE = "must be a user name such as leo";

    private IncidentRequests() {
    }

    /** POST /api/incidents: the details and, optionally, a commander other than the caller. */
    public record Declare(@NotBlank @Size(max = 200) String title, @Size(max = 20000) String description,
            @NotNull IncidentKind kind, @NotNull IncidentSeverity severity,
            @NotEmpty @Size(max = 10)
            List<@NotNull @Pattern(regexp = REGION, message = REGION_MESSAGE) String> regions,
            @Pattern(regexp = PERSON, message = PERSON_MESSAGE) String commander) {

        IncidentDetails details() {
            return IncidentDetails.of(title.trim(), description, kind, severity, regions);
        }
    }

    /** PUT /api/incidents/{id}: the revised details (all of them). */
    public record Revise(@NotBlank @Size(max = 200) String title, @Size(max = 20000) String description,
            @NotNull IncidentKind kind, @NotNull IncidentSeverity severity,
            @NotEmpty @Size(max = 10)
            List<@NotNull @Pattern(regexp = REGION, message = REGION_MESSAGE) String> regions) {

        IncidentDetails details() {
            return IncidentDetails.of(title.trim(), description, kind, severity, regions);
        }
    }

    /** A status change and why. */
    public record Transition(@NotNull IncidentStatus to, @Size(max = 2000) String reason) {
    }

    /** A new commander. */
    public record Commander(@NotBlank @Pattern(regexp = PERSON, message = PERSON_MESSAGE) String commander) {
    }

    /** An update posted to the incident. */
    public record Update(@NotBlank @Size(max = 4000) String body) {
    }

    /** A case to group under the incident. */
    public record LinkCase(@NotNull UUID caseId) {
    }
}
