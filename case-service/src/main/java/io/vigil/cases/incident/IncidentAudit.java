package io.vigil.cases.incident;

import io.vigil.audit.client.AuditEventBuilder;
import io.vigil.audit.client.AuditLog;
import io.vigil.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The incident vocabulary over audit-client, in the pattern of CaseAudit: each event names the incident as its
 * target with the version it reached and its regions (joined, for example {@code EU,US}).
 */
@ApplicationScoped
public class IncidentAudit {

    private final AuditLog audit;

    IncidentAudit(AuditLog audit) {
        this.audit = audit;
    }

    /** Starts an event about an incident as it stands now (call after flush, so the version is the new one). */
    public AuditEventBuilder about(String action, Incident incident) {
        return audit.event(action).target("incident", incident.id().toString(), incident.version())
                .region(incident.auditRegion());
    }

    /** Runs rule checks about an incident; a refusal is audited as denied (in its own transaction) and rethrown. */
    public void check(String action, Incident incident, Runnable rules) {
        try {
            rules.run();
        } catch (ProblemException refused) {
            denied(action, incident.id(), incident.auditRegion(), refused.slug(), refused.getMessage());
            throw refused;
        }
    }

    /** Records a refused attempt in its own transaction, since the attempt's own transaction rolls back. */
    public void denied(String action, UUID incidentId, String region, String code, String text) {
        audit.event(action).denied(code).target("incident", incidentId.toString(), null).region(region)
                .reason(code, text).recordSeparately();
    }
}
