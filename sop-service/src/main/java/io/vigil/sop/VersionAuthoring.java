package io.vigil.sop;

import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * The author's use cases: draft a version, revise the draft, submit it for review, reopen a rejected one,
 * and roll back by copying an old version into a new draft. Each method is where its audit event belongs.
 */
@ApplicationScoped
public class VersionAuthoring {

    private final SopRepository sops;
    private final SopVersionRepository versions;
    private final VersionContentCheck check;
    private final SopAudit audit;
    private final IdGenerator ids;
    private final Clock clock;

    public VersionAuthoring(SopRepository sops, SopVersionRepository versions, VersionContentCheck check,
            SopAudit audit, IdGenerator ids, Clock clock) {
        this.sops = sops;
        this.versions = versions;
        this.check = check;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public SopVersion draft(String key, VersionContent content, Caller caller) {
        check.validate(content);
        return recorded("sop.version.draft", key, newDraft(getSop(key), content, caller, null), null);
    }

    @Transactional
    public SopVersion revise(String key, int number, VersionContent content, OptionalLong ifMatch) {
        SopVersion draft = load(key, number, ifMatch);
        check.validate(content);
        draft.revise(content, clock.instant());
        return recorded("sop.version.revise", key, versions.flushed(draft), VersionStatus.DRAFT);
    }

    @Transactional
    public SopVersion submit(String key, int number, OptionalLong ifMatch) {
        SopVersion version = load(key, number, ifMatch);
        VersionStatus before = version.status();
        version.submit(check.report(version.content()), clock.instant());
        return recorded("sop.version.submit", key, versions.flushed(version), before);
    }

    @Transactional
    public SopVersion reopen(String key, int number, OptionalLong ifMatch) {
        SopVersion version = load(key, number, ifMatch);
        VersionStatus before = version.status();
        version.reopen(clock.instant());
        return recorded("sop.version.reopen", key, versions.flushed(version), before);
    }

    /** A rollback is a new draft with an old version's content, so it passes review like any change. */
    @Transactional
    public SopVersion rollback(String key, int number, String changeNote, Caller caller) {
        Sop sop = getSop(key);
        VersionContent old = versions.getByNumber(sop, number).content();
        VersionContent copy = new VersionContent(changeNote, old.steps(), old.decisionTree(), old.testSuite());
        return recorded("sop.version.rollback", key, newDraft(sop, copy, caller, number), null);
    }

    private SopVersion recorded(String action, String key, SopVersion version, VersionStatus before) {
        audit.versionChange(action, key, version, before);
        return version;
    }

    private SopVersion newDraft(Sop sop, VersionContent content, Caller caller, Integer copiedFrom) {
        SopVersion draft = SopVersion.draft(ids.next(), sop.id(), versions.nextNumber(sop), content,
                caller.username(), copiedFrom, clock.instant());
        versions.persist(draft);
        return versions.flushed(draft);
    }

    private SopVersion load(String key, int number, OptionalLong ifMatch) {
        SopVersion version = versions.getByNumber(getSop(key), number);
        version.expectVersion(ifMatch);
        return version;
    }

    private Sop getSop(String key) {
        return sops.findByKey(key).orElseThrow(() -> new SopNotFoundException(key));
    }
}
