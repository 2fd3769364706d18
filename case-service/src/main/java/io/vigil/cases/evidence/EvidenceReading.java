package io.vigil.cases.evidence;

import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.CaseService;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Every read of evidence, of its metadata as much as of its bytes, writes a custody entry and an audit event
 * in the read's own transaction: a read that cannot be recorded does not happen.
 */
@ApplicationScoped
public class EvidenceReading {

    private final EvidenceService items;
    private final CaseService cases;
    private final CaseAudit audit;
    private final Timeline timeline;
    private final IdGenerator ids;
    private final Clock clock;

    EvidenceReading(EvidenceService items, CaseService cases, CaseAudit audit, Timeline timeline, IdGenerator ids,
            Clock clock) {
        this.items = items;
        this.cases = cases;
        this.audit = audit;
        this.timeline = timeline;
        this.ids = ids;
        this.clock = clock;
    }

    /** A file's metadata with its bytes. */
    public record Download(Evidence item, byte[] content) {
    }

    @Transactional
    public List<Evidence> list(UUID caseId, Caller caller) {
        Case kase = cases.getFor("evidence.view", caseId, caller);
        List<Evidence> found = items.list("caseId = ?1 order by id", caseId);
        found.forEach(item -> record(kase, item, CustodyAction.VIEW, caller));
        return found;
    }

    @Transactional
    public Evidence view(UUID caseId, UUID evidenceId, Caller caller) {
        Case kase = cases.getFor("evidence.view", caseId, caller);
        Evidence item = item(kase, evidenceId, "evidence.view");
        record(kase, item, CustodyAction.VIEW, caller);
        return item;
    }

    @Transactional
    public Download download(UUID caseId, UUID evidenceId, Caller caller) {
        Case kase = cases.getFor("evidence.download", caseId, caller);
        Evidence item = item(kase, evidenceId, "evidence.download");
        if (item.kind() != EvidenceKind.FILE) {
            throw new ConflictException("evidence-is-url", "This evidence is a URL; there is no file to download");
        }
        record(kase, item, CustodyAction.DOWNLOAD, caller);
        return new Download(item, items.getEntityManager().find(EvidenceContent.class, item.id()).content());
    }

    /** The chain of custody, oldest first; reading the chain is not itself an access to the evidence. */
    public List<CustodyEntry> custody(UUID caseId, UUID evidenceId, Caller caller) {
        Case kase = cases.get(caseId, caller);
        Evidence item = item(kase, evidenceId, "evidence.custody");
        return items.getEntityManager().createQuery("from CustodyEntry where evidenceId = :e order by id",
                CustodyEntry.class).setParameter("e", item.id()).getResultList();
    }

    private Evidence item(Case kase, UUID evidenceId, String action) {
        return items.find("id = ?1 and caseId = ?2", evidenceId, kase.id()).firstResultOptional().orElseThrow(() -> {
            audit.denied(action, kase.id(), kase.region(), "not-found", "no evidence " + evidenceId + " on this case");
            return new EvidenceNotFoundException(evidenceId);
        });
    }

    private void record(Case kase, Evidence item, CustodyAction action, Caller caller) {
        items.getEntityManager().persist(new CustodyEntry(ids.next(), item, action, caller.username(),
                clock.instant()));
        String verb = action == CustodyAction.VIEW ? "viewed" : "downloaded";
        timeline.record(kase.id(), "evidence", caller.username(), "Evidence " + verb + ": " + item.name());
        audit.about("evidence." + action.name().toLowerCase(), kase)
                .reason(action.name().toLowerCase(), "evidence " + item.id()
                        + (item.sha256() == null ? "" : " sha256:" + item.sha256()))
                .record();
    }
}
