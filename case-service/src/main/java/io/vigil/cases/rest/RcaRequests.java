package io.vigil.cases.rest;

import io.vigil.cases.incident.CorrectiveActionStatus;
import io.vigil.cases.incident.RcaContent;
import io.vigil.cases.incident.RcaDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of the RCA and corrective-action commands. */
final class RcaRequests {

    private RcaRequests() {
    }

    /** POST /api/incidents/{id}/rca: a complete report, saved as the next version. */
    public record Save(@NotBlank @Size(max = 20000) String summary, @NotBlank @Size(max = 20000) String impact,
            @NotNull @Size(max = 200) List<@NotNull @Valid Moment> timeline,
            @NotBlank @Size(max = 20000) String rootCause,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 2000) String> contributingFactors,
            @NotNull @Size(max = 100) List<@NotNull @Valid Action> correctiveActions) {

        RcaDraft draft() {
            List<RcaContent.Moment> moments = timeline.stream().map(m -> new RcaContent.Moment(m.at(), m.text()))
                    .toList();
            List<RcaDraft.ActionDraft> actions = correctiveActions.stream()
                    .map(a -> new RcaDraft.ActionDraft(a.id(), a.title().trim(), a.owner(), a.dueDate())).toList();
            return new RcaDraft(summary, impact, moments, rootCause, contributingFactors, actions);
        }
    }

    /** One line of the report's timeline. */
    public record Moment(@NotNull Instant at, @NotBlank @Size(max = 2000) String text) {
    }

    /** One corrective action: {@code id} of an existing one to revise it, none for a new one. */
    public record Action(UUID id, @NotBlank @Size(max = 500) String title,
            @NotBlank @Pattern(regexp = IncidentRequests.PERSON, message = IncidentRequests.PERSON_MESSAGE)
            String owner, @NotNull LocalDate dueDate) {
    }

    /** A corrective action's new status; a waiver needs the reason. */
    public record Status(@NotNull CorrectiveActionStatus status, @Size(max = 2000) String reason) {
    }
}
