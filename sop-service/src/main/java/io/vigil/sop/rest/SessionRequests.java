package io.vigil.sop.rest;

import io.vigil.sop.session.SessionService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Request bodies of the ticketbot session endpoints. */
final class SessionRequests {

    private SessionRequests() {
    }

    /** POST /api/sops/{key}/sessions: the ticket, its facts, and a pinned version or an experiment. */
    record Open(@NotBlank @Size(max = 200) String ticketId, Map<String, Object> facts, @Positive Integer version,
            UUID experiment) {

        SessionService.SessionStart toStart() {
            return new SessionService.SessionStart(ticketId, facts == null ? Map.of() : facts,
                    Optional.ofNullable(version), Optional.ofNullable(experiment));
        }
    }

    /** POST /api/sops/{key}/sessions/{id}/answers: the answer to the question the session waits on. */
    record Answer(@NotBlank @Size(max = 200) String value) {
    }
}
