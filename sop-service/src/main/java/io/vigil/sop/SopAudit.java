package io.vigil.sop;

import io.vigil.audit.client.AuditEventBuilder;
import io.vigil.audit.client.AuditLog;
import io.vigil.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The audit events of the SOP library (DESIGN.md section 6), so every use case names its target the same way:
 * an SOP by its key, a version as {@code key/number} with the SOP reference set, so an auditor can query either.
 */
@ApplicationScoped
public class SopAudit {

    private final AuditLog audit;

    public SopAudit(AuditLog audit) {
        this.audit = audit;
    }

    public static String versionRef(String key, int number) {
        return key + "/" + number;
    }

    /** An SOP-level change (definition, audience, tags) in the caller's transaction. */
    public AuditEventBuilder sopChange(String action, Sop sop) {
        return audit.event(action).target("sop", sop.key(), sop.version());
    }

    /** An event about another kind of target, such as an audience roster. */
    public AuditEventBuilder event(String action, String targetType, String targetId) {
        return audit.event(action).target(targetType, targetId, null);
    }

    /** An event about a version by key and number, for records attached to it (decisions, acknowledgements). */
    public AuditEventBuilder versionEvent(String action, String key, int number) {
        return audit.event(action).target("sop-version", versionRef(key, number), null).sop(key, number);
    }

    /** A version change in the caller's transaction; a status move is written as a change. */
    public void versionChange(String action, String key, SopVersion version, VersionStatus before) {
        AuditEventBuilder event = audit.event(action).target("sop-version", versionRef(key, version.number()),
                version.version()).sop(key, version.number());
        if (before != version.status()) {
            event.change("status", before == null ? null : before.name(), version.status().name());
        }
        event.record();
    }

    /**
     * Runs a use case and, when a rule refuses it (four-eyes, the publish gate), records the refusal in a
     * transaction of its own, since the use case's transaction rolls back.
     */
    public <T> T refusalsAudited(String action, String key, int number, Supplier<T> work) {
        try {
            return work.get();
        } catch (FourEyesException | PublishGateRefusedException refused) {
            denied(action, key, number, (ProblemException) refused);
            throw refused;
        }
    }

    private void denied(String action, String key, int number, ProblemException refused) {
        audit.event(action).denied(refused.slug()).target("sop-version", versionRef(key, number), null)
                .sop(key, number).recordSeparately();
    }
}
