package io.vigil.sop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ScheduleCacheTest {

    private static final long TTL = 10_000_000_000L;
    private static final EffectiveSchedule SCHEDULE = new EffectiveSchedule(List.of());

    private final AtomicLong now = new AtomicLong(1_000);
    private final ScheduleCache cache = new ScheduleCache(TTL, now::get);

    @Test
    void aStoredScheduleIsFoundUntilItsTtlRunsOut() {
        cache.store("shop.refund", SCHEDULE, cache.generation());
        now.addAndGet(TTL);
        assertThat(cache.find("shop.refund")).containsSame(SCHEDULE);
        now.incrementAndGet();
        assertThat(cache.find("shop.refund")).isEmpty();
    }

    @Test
    void aForgottenScheduleIsGoneAndOthersStay() {
        cache.store("shop.refund", SCHEDULE, cache.generation());
        cache.store("shop.counterfeit", SCHEDULE, cache.generation());
        cache.forget("shop.refund");
        assertThat(cache.find("shop.refund")).isEmpty();
        assertThat(cache.find("shop.counterfeit")).isPresent();
        cache.forgetAll();
        assertThat(cache.find("shop.counterfeit")).isEmpty();
    }

    @Test
    void aReadThatRacedAPublicationIsNotKept() {
        long before = cache.generation();
        cache.forget("shop.refund");
        cache.store("shop.refund", SCHEDULE, before);
        assertThat(cache.find("shop.refund")).isEmpty();
    }

    @Test
    void aReadAfterThePublicationIsKept() {
        cache.forget("shop.refund");
        cache.store("shop.refund", SCHEDULE, cache.generation());
        assertThat(cache.find("shop.refund")).isPresent();
    }
}
