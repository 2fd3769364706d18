package io.vigil.cases.investigation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.CaseService;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Notes on cases the caller can see: add one, list them oldest first. */
@ApplicationScoped
public class NoteService implements PanacheRepositoryBase<Note, UUID> {

    private final CaseService cases;
    private final CaseAudit audit;
    private final Timeline timeline;
    private final IdGenerator ids;
    private final Clock clock;

    NoteService(CaseService cases, CaseAudit audit, Timeline timeline, IdGenerator ids, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.timeline = timeline;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public Note add(UUID caseId, String body, Caller caller) {
        Case kase = cases.get(caseId, caller);
        Note note = new Note(ids.next(), caseId, caller.username(), body, clock.instant());
        persist(note);
        timeline.record(caseId, "note", caller.username(), "Note added");
        audit.about("case.note", kase).change("notes", null, note.id().toString()).record();
        return note;
    }

    public List<Note> of(UUID caseId, Caller caller) {
        cases.get(caseId, caller);
        return list("caseId = ?1 order by id", caseId);
    }
}
