package io.vigil.cases.appeal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/**
 * Prometheus counter of appeal decisions by outcome ({@code vigil_cases_appeal_decisions_total{outcome}}); the
 * overturn rate is overturned over the sum. Both outcomes are registered at zero so the rate exists from the start.
 */
@ApplicationScoped
public class AppealMetrics {

    private final Map<AppealOutcome, Counter> decisions = new EnumMap<>(AppealOutcome.class);

    AppealMetrics(MeterRegistry registry) {
        for (AppealOutcome outcome : AppealOutcome.values()) {
            decisions.put(outcome, Counter.builder("vigil.cases.appeal.decisions")
                    .description("Appeals decided, by outcome").tag("outcome", outcome.toString()).register(registry));
        }
    }

    void decided(AppealOutcome outcome) {
        decisions.get(outcome).increment();
    }
}
