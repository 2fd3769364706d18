package io.vigil.cases.sla;

import java.time.Duration;

/**
 * What one priority promises: time to first action and time to resolution, and the share of each window that,
 * once left, makes the case at risk.
 */
public record SlaTargets(Duration firstAction, Duration resolution, double atRiskShare) {

    public SlaTargets {
        if (firstAction.isNegative() || resolution.isNegative() || atRiskShare < 0 || atRiskShare > 1) {
            throw new IllegalArgumentException("SLA targets need positive windows and an at-risk share in [0, 1]");
        }
    }

    Duration firstActionRisk() {
        return firstAction.minus(Duration.ofMillis((long) (firstAction.toMillis() * atRiskShare)));
    }

    Duration resolutionRisk() {
        return resolution.minus(Duration.ofMillis((long) (resolution.toMillis() * atRiskShare)));
    }
}
