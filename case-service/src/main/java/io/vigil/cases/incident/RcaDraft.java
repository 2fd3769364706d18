package io.vigil.cases.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A lead's save of the RCA report. Corrective actions with an {@code id} revise the existing action; those without
 * one are new. Every existing action must be listed: an action is settled by finishing or waiving it, never by
 * leaving it out of the report.
 */
public record RcaDraft(String summary, String impact, List<RcaContent.Moment> timeline, String rootCause,
        List<String> contributingFactors, List<ActionDraft> correctiveActions) {

    /** One corrective action as the report states it. */
    public record ActionDraft(UUID id, String title, String owner, LocalDate dueDate) {
    }
}
