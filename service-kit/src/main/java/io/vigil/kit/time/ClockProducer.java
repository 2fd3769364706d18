package io.vigil.kit.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The system UTC clock, replaceable in tests so SLA clocks and timestamps are under their control. It ticks
 * in microseconds, PostgreSQL's resolution, so a timestamp answered on create equals the one read back.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    public Clock clock() {
        return new MicrosecondClock(Clock.systemUTC());
    }
}
