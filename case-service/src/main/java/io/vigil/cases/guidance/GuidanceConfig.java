package io.vigil.cases.guidance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the decision-record relay runs; the calls' own limits are fault-tolerance settings (see the README). */
@ConfigMapping(prefix = "vigil.guidance")
public interface GuidanceConfig {

    Relay relay();

    /** The relay that delivers decision records to sop-service. */
    interface Relay {

        /** How often it looks for records to deliver (a scheduler period, or {@code off}). */
        @WithDefault("5s")
        String interval();

        /** Records per cycle. */
        @WithDefault("50")
        int batchSize();

        /** How long a record is held by the relay instance delivering it before another may try. */
        @WithDefault("60s")
        Duration lease();

        /** Wait after a record's first failed delivery; doubles per failure. */
        @WithDefault("5s")
        Duration initialBackoff();

        /** Longest wait between two attempts on one record. */
        @WithDefault("5m")
        Duration maxBackoff();
    }
}
