package io.vigil.sop;

import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The approver's use cases: approve, reject, publish (now or scheduled). Each method is where its audit
 * event belongs.
 */
@ApplicationScoped
public class VersionReview {

    private final SopRepository sops;
    private final SopVersionRepository versions;
    private final PublishGate gate;
    private final SopAudit audit;
    private final Event<VersionPublished> published;
    private final Clock clock;

    public VersionReview(SopRepository sops, SopVersionRepository versions, PublishGate gate, SopAudit audit,
            Event<VersionPublished> published, Clock clock) {
        this.gate = gate;
        this.audit = audit;
        this.sops = sops;
        this.versions = versions;
        this.published = published;
        this.clock = clock;
    }

    @Transactional
    public SopVersion approve(String key, int number, String note, OptionalLong ifMatch, Caller caller) {
        return audit.refusalsAudited("sop.version.approve", key, number, () -> {
            SopVersion version = load(key, number, ifMatch);
            VersionStatus before = version.status();
            version.approve(caller.username(), note, clock.instant());
            return recorded("sop.version.approve", key, versions.flushed(version), before);
        });
    }

    @Transactional
    public SopVersion reject(String key, int number, String note, OptionalLong ifMatch, Caller caller) {
        return audit.refusalsAudited("sop.version.reject", key, number, () -> {
            SopVersion version = load(key, number, ifMatch);
            VersionStatus before = version.status();
            version.reject(caller.username(), note, clock.instant());
            return recorded("sop.version.reject", key, versions.flushed(version), before);
        });
    }

    /**
     * Publishing retires the published predecessor as of the moment the new version takes effect; the
     * retirement is flushed first so the one-published-version index never sees two.
     */
    @Transactional
    public SopVersion publish(String key, int number, Optional<Instant> effectiveFrom, OptionalLong ifMatch,
            Caller caller) {
        return audit.refusalsAudited("sop.version.publish", key, number,
                () -> publishChecked(key, number, effectiveFrom, ifMatch, caller));
    }

    private SopVersion publishChecked(String key, int number, Optional<Instant> effectiveFrom, OptionalLong ifMatch,
            Caller caller) {
        Sop sop = getSop(key);
        SopVersion version = versions.getByNumber(sop, number);
        version.expectVersion(ifMatch);
        Instant now = clock.instant();
        Instant from = effectiveFrom.orElse(now);
        if (from.isBefore(now)) {
            throw new InvalidRequestException("effectiveFrom", "must not be in the past");
        }
        version.checkPublishable(caller.username());
        gate.check(version);
        versions.findPublished(sop).filter(p -> p.number() != number).ifPresent(previous -> {
            previous.retire(from, now);
            recorded("sop.version.retire", key, versions.flushed(previous), VersionStatus.PUBLISHED);
        });
        VersionStatus before = version.status();
        version.publish(caller.username(), from, now);
        recorded("sop.version.publish", key, versions.flushed(version), before);
        published.fire(new VersionPublished(sop.id(), key, number, from));
        return version;
    }

    private SopVersion recorded(String action, String key, SopVersion version, VersionStatus before) {
        audit.versionChange(action, key, version, before);
        return version;
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
