package io.vigil.cases.enforcement;

import io.vigil.cases.Move;
import io.vigil.cases.Subject;
import io.vigil.cases.SubjectType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Actions built in memory for the domain tests. */
final class EnforcementFixtures {

    static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    private EnforcementFixtures() {
    }

    static ReasonSnapshot counterfeit() {
        return new ReasonSnapshot("counterfeit", GroundType.INCOMPATIBLE_CONTENT,
                "Seller Terms section 7.2", "Imitates a protected brand", null,
                "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS", 1);
    }

    static EnforcementOrder order(EnforcementType type, Optional<Duration> duration, Optional<Instant> from) {
        return new EnforcementOrder(type, List.of(new Subject(SubjectType.ACCOUNT, "A-9")), Optional.empty(),
                "SHOP-COUNTERFEIT", Optional.of(new EnforcementOrder.SopReference("shop.counterfeit", 3,
                        List.of("brand-check", "seller-history", "ban"))), "Sold 40 replica sneakers",
                List.of(), false, AutomatedDecision.NOT_AUTOMATED, from, duration);
    }

    static EnforcementAction action(EnforcementType type, String requester, boolean approval) {
        return request(order(type, Optional.empty(), Optional.empty()), requester, approval, counterfeit());
    }

    static EnforcementAction request(EnforcementOrder order, String requester, boolean approval,
            ReasonSnapshot reason) {
        return EnforcementAction.request(UUID.randomUUID(), UUID.randomUUID(), "US", order, order.subjects(),
                List.of("US"), reason, approval, move(requester, order.rationale(), NOW));
    }

    static Move move(String actor, String reason, Instant at) {
        return new Move(UUID.randomUUID(), actor, reason, at);
    }
}
