package io.vigil.sop.adoption;

import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.security.Caller;
import io.vigil.sop.Sop;
import io.vigil.sop.SopAudit;
import io.vigil.sop.SopNotFoundException;
import io.vigil.sop.SopRepository;
import io.vigil.sop.SopVersion;
import io.vigil.sop.VersionLibrary;
import io.vigil.sop.VersionStatus;
import io.vigil.sop.config.SopConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Acknowledging a published version, audience rosters, and the adoption report. */
@ApplicationScoped
public class AdoptionService {

    private final SopRepository sops;
    private final VersionLibrary library;
    private final AdoptionStore store;
    private final SopAudit audit;
    private final SopConfig config;
    private final IdGenerator ids;
    private final Clock clock;

    public AdoptionService(SopRepository sops, VersionLibrary library, AdoptionStore store, SopAudit audit,
            SopConfig config, IdGenerator ids, Clock clock) {
        this.sops = sops;
        this.library = library;
        this.store = store;
        this.audit = audit;
        this.config = config;
        this.ids = ids;
        this.clock = clock;
    }

    /** Idempotent: acknowledging again returns the first acknowledgement. */
    @Transactional
    public Acknowledged acknowledge(String key, int number, Caller caller) {
        Sop sop = getSop(key);
        SopVersion version = library.get(key, number);
        if (version.status() != VersionStatus.PUBLISHED) {
            throw new ConflictException("version-not-published", "Version " + number + " is " + version.status()
                    + "; only the published version is acknowledged", Map.of("status", version.status()));
        }
        return store.find(sop, number, caller.username()).map(a -> new Acknowledged(a, false)).orElseGet(() -> {
            Acknowledgement ack = Acknowledgement.of(ids.next(), sop.id(), number, caller.username(),
                    clock.instant());
            store.persistAndFlush(ack);
            audit.versionEvent("sop.acknowledge", key, number).record();
            return new Acknowledged(ack, true);
        });
    }

    @Transactional
    public List<String> replaceRoster(String audience, List<String> members) {
        store.replaceRoster(audience, members);
        audit.event("sop.audience.update", "audience", audience).change("members", null,
                Integer.toString(members.size())).record();
        return store.members(List.of(audience));
    }

    public List<String> roster(String audience) {
        return store.members(List.of(audience));
    }

    public AdoptionReport report(String key, int number) {
        Sop sop = getSop(key);
        SopVersion version = library.get(key, number);
        Instant from = version.effectiveFrom();
        Instant dueBy = from == null ? null : from.plus(Duration.ofDays(config.acknowledgeWithinDays()));
        Map<String, Instant> acks = store.of(sop, number).stream()
                .collect(Collectors.toMap(Acknowledgement::username, Acknowledgement::acknowledgedAt));
        return AdoptionReport.of(key, number, from, dueBy, store.members(sop.governance().audience()), acks,
                clock.instant());
    }

    private Sop getSop(String key) {
        return sops.findByKey(key).orElseThrow(() -> new SopNotFoundException(key));
    }

    /** An acknowledgement and whether this call created it. */
    public record Acknowledged(Acknowledgement acknowledgement, boolean created) {
    }
}
