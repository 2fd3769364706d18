package io.vigil.audit.log;

import io.vigil.audit.log.IngestEnvelope.Actor;
import io.vigil.audit.log.IngestEnvelope.Outcome;
import io.vigil.audit.log.IngestEnvelope.OutcomeStatus;
import io.vigil.audit.log.IngestEnvelope.Reason;
import io.vigil.audit.log.IngestEnvelope.Subject;
import io.vigil.audit.log.IngestEnvelope.Target;
import java.util.List;

/** What audit-service says about its own work: who did what to which part of the log, and why. */
public record SelfEvent(Actor actor, String action, Outcome outcome, Target target, Reason reason,
        List<Subject> subjects) {

    private static final int MAX_REASON = 2000;

    /** A successful action on the log, such as an auditor query, with its parameters as the reason text. */
    public static SelfEvent success(Actor actor, String action, Target target, String reasonCode, String detail) {
        return new SelfEvent(actor, action, new Outcome(OutcomeStatus.success, null), target,
                new Reason(reasonCode, clip(detail)), null);
    }

    /** A request refused with 401 or 403. */
    public static SelfEvent denied(Actor actor, String code, String endpoint) {
        return new SelfEvent(actor, "access.denied", new Outcome(OutcomeStatus.denied, code),
                new Target("endpoint", endpoint, null), null, null);
    }

    /** The same event about one data subject (erasure, data-subject access). */
    public SelfEvent about(String subjectRef) {
        return new SelfEvent(actor, action, outcome, target, reason, List.of(new Subject(subjectRef, "data-subject")));
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
    }
}
