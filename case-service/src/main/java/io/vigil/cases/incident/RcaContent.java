package io.vigil.cases.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an RCA report says: summary, impact, a timeline of what happened, the root cause, contributing factors and
 * the corrective actions as they stood when the version was saved.
 */
public record RcaContent(String summary, String impact, List<Moment> timeline, String rootCause,
        List<String> contributingFactors, List<ActionSnapshot> correctiveActions) {

    /** One line of the report's timeline. */
    public record Moment(Instant at, String text) {
    }

    /** A corrective action as the version recorded it; its live status is on the action itself. */
    public record ActionSnapshot(UUID id, String title, String owner, LocalDate dueDate,
            CorrectiveActionStatus status) {

        static ActionSnapshot of(CorrectiveAction action) {
            return new ActionSnapshot(action.id(), action.title(), action.owner(), action.dueDate(), action.status());
        }
    }

    /** The columns as stored: the three lists as JSON text. */
    record Stored(String summary, String impact, String rootCause, String timeline, String contributingFactors,
            String correctiveActions) {
    }
}
