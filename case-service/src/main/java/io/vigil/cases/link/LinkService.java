package io.vigil.cases.link;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.CaseRepository;
import io.vigil.cases.CaseService;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.problem.ResourceNotFoundException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Links between cases the caller can both see; a link to a case outside the caller's regions stays hidden. */
@ApplicationScoped
public class LinkService implements PanacheRepositoryBase<CaseLink, UUID> {

    private final CaseService cases;
    private final CaseRepository repository;
    private final CaseAudit audit;
    private final Timeline timeline;
    private final IdGenerator ids;
    private final Clock clock;

    LinkService(CaseService cases, CaseRepository repository, CaseAudit audit, Timeline timeline, IdGenerator ids,
            Clock clock) {
        this.cases = cases;
        this.repository = repository;
        this.audit = audit;
        this.timeline = timeline;
        this.ids = ids;
        this.clock = clock;
    }

    /** A linked case as one end sees it. */
    public record Linked(CaseLink link, LinkType type, Case other) {
    }

    @Transactional
    public Linked link(UUID caseId, LinkType type, UUID otherId, Caller caller) {
        Case kase = cases.getFor("case.link", caseId, caller);
        if (caseId.equals(otherId)) {
            throw new InvalidRequestException("caseId", "a case cannot be linked to itself");
        }
        Case other = cases.getFor("case.link", otherId, caller);
        if (count("(fromCase = ?1 and toCase = ?2) or (fromCase = ?2 and toCase = ?1)", caseId, otherId) > 0) {
            audit.denied("case.link", caseId, kase.region(), "link-exists", "already linked to " + otherId);
            throw new ConflictException("link-exists", "These cases are already linked; remove the link to change it",
                    Map.of("caseId", otherId.toString()));
        }
        CaseLink link = CaseLink.between(ids.next(), caseId, type, otherId, caller.username(), clock.instant());
        persist(link);
        recordBothEnds("case.link", link, kase, other, "Linked: ", caller);
        return new Linked(link, type, other);
    }

    @Transactional
    public void unlink(UUID caseId, UUID linkId, Caller caller) {
        Case kase = cases.getFor("case.unlink", caseId, caller);
        CaseLink link = findByIdOptional(linkId).filter(l -> l.touches(caseId))
                .filter(l -> repository.findVisible(l.otherThan(caseId), caller.regions()).isPresent())
                .orElseThrow(() -> {
                    audit.denied("case.unlink", caseId, kase.region(), "not-found", "no link " + linkId);
                    return new ResourceNotFoundException("Link", linkId);
                });
        Case other = repository.findById(link.otherThan(caseId));
        delete(link);
        recordBothEnds("case.unlink", link, kase, other, "Unlinked: ", caller);
    }

    public List<Linked> of(UUID caseId, Caller caller) {
        cases.get(caseId, caller);
        return list("fromCase = ?1 or toCase = ?1 order by id", caseId).stream()
                .flatMap(l -> repository.findVisible(l.otherThan(caseId), caller.regions()).stream()
                        .map(other -> new Linked(l, l.seenFrom(caseId), other)))
                .toList();
    }

    private void recordBothEnds(String action, CaseLink link, Case kase, Case other, String verb, Caller caller) {
        for (Case end : List.of(kase, other)) {
            Case far = end == kase ? other : kase;
            String summary = verb + link.seenFrom(end.id()).name().toLowerCase().replace('_', ' ') + " " + far.ref();
            timeline.record(end.id(), "link", caller.username(), summary);
            audit.about(action, end).change("links", action.equals("case.link") ? null : far.id().toString(),
                    action.equals("case.link") ? far.id().toString() : null)
                    .reason(link.seenFrom(end.id()).name().toLowerCase(), link.id().toString()).record();
        }
    }
}
