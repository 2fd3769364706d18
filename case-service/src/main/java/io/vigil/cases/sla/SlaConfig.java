package io.vigil.cases.sla;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** SLA targets per priority and the scheduler's pace; defaults in application.properties, see the README. */
@ConfigMapping(prefix = "vigil.cases.sla")
public interface SlaConfig {

    /** Targets keyed by priority name in lower case ({@code p0} .. {@code p4}). */
    Map<String, Targets> targets();

    /** Share of a window that, once left, marks the case at risk. */
    @WithDefault("0.25")
    double atRiskShare();

    /** Cases the scheduler handles per transaction. */
    @WithDefault("500")
    int sweepBatch();

    /** How often the scheduler sweeps (a Quarkus scheduler period, or {@code off}). */
    @WithDefault("30s")
    String sweepInterval();

    /** One priority's promises. */
    interface Targets {

        Duration firstAction();

        Duration resolution();
    }
}
