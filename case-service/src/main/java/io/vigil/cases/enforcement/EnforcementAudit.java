package io.vigil.cases.enforcement;

import io.vigil.audit.client.AuditEventBuilder;
import io.vigil.audit.client.AuditLog;
import io.vigil.kit.problem.ProblemException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The enforcement audit vocabulary over audit-client: each event names the action as its target with the version
 * it reached, its region, reason code, SOP and subjects, so audit-service files it by action and by subject.
 */
@ApplicationScoped
public class EnforcementAudit {

    private final AuditLog audit;
    private final EnforcementRepository actions;

    EnforcementAudit(AuditLog audit, EnforcementRepository actions) {
        this.audit = audit;
        this.actions = actions;
    }

    /** Starts an event about an action as it stands now (call after flush, so the version is the new one). */
    public AuditEventBuilder about(String verb, EnforcementAction action) {
        AuditEventBuilder event = audit.event(verb).target("enforcement", action.id().toString(), action.version())
                .region(action.region());
        action.sopKey().ifPresent(key -> event.sop(key, action.sopVersion().orElse(0)));
        action.subjects().forEach(subject -> event.subject(subject.ref(), subject.type().toString()));
        return event;
    }

    /** Records a refused attempt in its own transaction, since the attempt's own transaction rolls back. */
    public void denied(String verb, String targetType, UUID id, String region, String code, String text) {
        audit.event(verb).denied(code).target(targetType, id == null ? "new" : id.toString(), null).region(region)
                .reason(code, text).recordSeparately();
    }

    /** Audits a refusal of a rule on an action and hands the exception back to be thrown. */
    public <E extends ProblemException> E refused(String verb, EnforcementAction action, E problem) {
        denied(verb, "enforcement", action.id(), action.region(), problem.slug(), problem.getMessage());
        return problem;
    }

    /** The action visible to the caller, or a 404 audited as a denied {@code verb}. */
    public EnforcementAction visible(String verb, UUID id, Caller caller, boolean lock) {
        var found = lock ? actions.lockVisible(id, caller.regions()) : actions.findVisible(id, caller.regions());
        return found.orElseThrow(() -> {
            denied(verb, "enforcement", id, null, "not-found", "no such action in the caller's regions");
            return new EnforcementNotFoundException(id);
        });
    }
}
