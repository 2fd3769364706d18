package io.vigil.cases.enforcement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** How long strikes count per policy and the ladder they drive; defaults in application.properties. */
@ConfigMapping(prefix = "vigil.cases.strikes")
public interface StrikeConfig {

    /** How long a strike counts when its policy has no period of its own. */
    @WithDefault("P180D")
    Duration defaultExpiry();

    /** Periods per policy (the reason code's {@code policy}), e.g. {@code election-integrity=P365D}. */
    Map<String, Duration> expiry();

    /** Steps as {@code strikes:type}, e.g. {@code 1:warn,2:restrict,3:suspend,4:ban}; the last covers any more. */
    @WithDefault("1:warn,2:restrict,3:suspend,4:ban")
    String ladder();
}
