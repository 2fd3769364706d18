package io.vigil.cases;

import io.vigil.audit.client.AuditEventBuilder;
import io.vigil.audit.client.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The case-service's audit vocabulary over audit-client: each event names the case as its target with the
 * version it reached, its region and its subjects, so audit-service can file it by case and by subject.
 */
@ApplicationScoped
public class CaseAudit {

    private final AuditLog audit;

    public CaseAudit(AuditLog audit) {
        this.audit = audit;
    }

    /** Starts an event about a case as it stands now (call after flush, so the version is the new one). */
    public AuditEventBuilder about(String action, Case kase) {
        AuditEventBuilder event = audit.event(action).target("case", kase.id().toString(), kase.version())
                .region(kase.region());
        kase.subjects().forEach(subject -> event.subject(subject.ref(), subject.type().toString()));
        return event;
    }

    /** Records a refused attempt in its own transaction, since the attempt's own transaction rolls back. */
    public void denied(String action, UUID caseId, String region, String code, String text) {
        audit.event(action).denied(code).target("case", caseId.toString(), null).region(region)
                .reason(code, text).recordSeparately();
    }
}
