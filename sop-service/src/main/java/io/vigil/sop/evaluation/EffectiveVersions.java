package io.vigil.sop.evaluation;

import io.vigil.sop.Sop;
import io.vigil.sop.SopNotFoundException;
import io.vigil.sop.SopRepository;
import io.vigil.sop.SopVersionRepository;
import io.vigil.sop.VersionPublished;
import io.vigil.sop.config.SopConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Which version of each SOP is in effect, from memory, so an evaluation needs no database round trip. A
 * publication on this replica forgets the SOP's schedule once it commits; one on another replica arrives through
 * {@link PublicationListener}; and no schedule is trusted longer than {@code vigil.sop.effective-cache.ttl}, which
 * bounds staleness even if a notification is lost.
 */
@ApplicationScoped
public class EffectiveVersions {

    private final SopRepository sops;
    private final SopVersionRepository versions;
    private final CompiledTrees trees;
    private final Clock clock;
    private final ScheduleCache cache;

    public EffectiveVersions(SopRepository sops, SopVersionRepository versions, CompiledTrees trees, Clock clock,
            SopConfig config) {
        this.sops = sops;
        this.versions = versions;
        this.trees = trees;
        this.clock = clock;
        this.cache = new ScheduleCache(config.effectiveCache().ttl().toNanos(), System::nanoTime);
    }

    /** The schedule of an SOP when this replica holds a current one; never touches the database. */
    public Optional<EffectiveSchedule> cached(String key) {
        return cache.find(key);
    }

    /** Reads the schedule from the database (blocking) and keeps it. */
    public EffectiveSchedule load(String key) {
        long generation = cache.generation();
        Sop sop = sops.findByKey(key).orElseThrow(() -> new SopNotFoundException(key));
        Instant now = clock.instant();
        EffectiveSchedule schedule = new EffectiveSchedule(versions.listEffectiveFrom(sop, now).stream()
                .map(v -> new EffectiveSchedule.Window(v.effectiveFrom(), v.retiredAt(), trees.of(key, v)))
                .toList());
        cache.store(key, schedule, generation);
        return schedule;
    }

    public void forget(String key) {
        cache.forget(key);
    }

    public void forgetAll() {
        cache.forgetAll();
    }

    /** After the publishing transaction commits, so this replica's next evaluation reads the new schedule. */
    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionPublished published) {
        forget(published.key());
    }
}
