package io.vigil.cases.enforcement;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The configured rules in domain form: the four-eyes policy, the strike ladder and the strike periods per policy.
 * Built at start, so a misconfigured type or ladder stops the service instead of silently enforcing less.
 */
@Startup
@ApplicationScoped
public class EnforcementPolicies {

    private final FourEyesPolicy fourEyes;
    private final StrikeLadder ladder;
    private final StrikeConfig strikes;
    private final EnforcementConfig config;

    EnforcementPolicies(EnforcementConfig config, StrikeConfig strikes) {
        this.fourEyes = FourEyesPolicy.of(config.fourEyes());
        this.ladder = StrikeLadder.parse(strikes.ladder());
        this.strikes = strikes;
        this.config = config;
        strikes.expiry().forEach((policy, period) -> {
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("vigil.cases.strikes.expiry." + policy + " must be positive");
            }
        });
    }

    public FourEyesPolicy fourEyes() {
        return fourEyes;
    }

    public StrikeLadder ladder() {
        return ladder;
    }

    /** How long a strike under this policy counts. */
    public Duration strikeExpiry(String policy) {
        return strikes.expiry().getOrDefault(policy, strikes.defaultExpiry());
    }

    public Duration appealWindow() {
        return config.appealWindow();
    }
}
