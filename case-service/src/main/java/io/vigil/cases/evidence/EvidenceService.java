package io.vigil.cases.evidence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.CaseService;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Collecting evidence on a case: a file or a URL, each opening its chain of custody with a COLLECT entry. */
@ApplicationScoped
public class EvidenceService implements PanacheRepositoryBase<Evidence, UUID> {

    private final CaseService cases;
    private final CaseAudit audit;
    private final Timeline timeline;
    private final IdGenerator ids;
    private final Clock clock;

    EvidenceService(CaseService cases, CaseAudit audit, Timeline timeline, IdGenerator ids, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.timeline = timeline;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public Evidence collectFile(UUID caseId, Upload upload, String description, Caller caller) {
        Case kase = cases.getFor("evidence.collect", caseId, caller);
        Evidence item = Evidence.file(ids.next(), caseId, upload, description, caller.username(), clock.instant());
        persist(item);
        getEntityManager().persist(new EvidenceContent(item.id(), upload.content()));
        return collected(kase, item, caller);
    }

    @Transactional
    public Evidence collectUrl(UUID caseId, String url, String name, String description, Caller caller) {
        Case kase = cases.getFor("evidence.collect", caseId, caller);
        Evidence item = Evidence.link(ids.next(), caseId, url, name, description, caller.username(), clock.instant());
        persist(item);
        return collected(kase, item, caller);
    }

    private Evidence collected(Case kase, Evidence item, Caller caller) {
        Instant now = clock.instant();
        EntityManager em = getEntityManager();
        em.persist(new CustodyEntry(ids.next(), item, CustodyAction.COLLECT, caller.username(), now));
        timeline.record(kase.id(), "evidence", caller.username(), "Evidence collected: " + item.name()
                + (item.sha256() == null ? "" : " (sha256 " + item.sha256().substring(0, 12) + "…)"));
        audit.about("evidence.collect", kase).change("evidence", null, item.id().toString())
                .reason("collect", item.kind() + " " + (item.sha256() == null ? "url" : "sha256:" + item.sha256()))
                .record();
        return item;
    }
}
