package io.vigil.sop.evaluation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Effective schedules by SOP key, each kept at most {@code ttlNanos}. Forgetting bumps a generation, and a load
 * that began before the bump is not stored, so a reader that raced a publication cannot put back what the
 * publication made stale.
 */
final class ScheduleCache {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    ScheduleCache(long ttlNanos, LongSupplier nanoTime) {
        this.ttlNanos = ttlNanos;
        this.nanoTime = nanoTime;
    }

    Optional<EffectiveSchedule> find(String key) {
        Entry entry = entries.get(key);
        if (entry == null || nanoTime.getAsLong() - entry.storedAt() > ttlNanos) {
            return Optional.empty();
        }
        return Optional.of(entry.schedule());
    }

    /** Taken before reading the database; {@link #store} keeps the result only if nothing was forgotten since. */
    long generation() {
        return generation.get();
    }

    void store(String key, EffectiveSchedule schedule, long readAtGeneration) {
        Entry fresh = new Entry(schedule, nanoTime.getAsLong());
        entries.compute(key, (k, old) -> generation.get() == readAtGeneration ? fresh : old);
    }

    void forget(String key) {
        generation.incrementAndGet();
        entries.remove(key);
    }

    void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    private record Entry(EffectiveSchedule schedule, long storedAt) {
    }
}
