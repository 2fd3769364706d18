package io.vigil.cases.enforcement;

import static io.vigil.cases.enforcement.EnforcementFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.cases.Case;
import io.vigil.cases.CaseReport;
import io.vigil.cases.CaseSource;
import io.vigil.cases.Priority;
import io.vigil.cases.Severity;
import io.vigil.cases.Subject;
import io.vigil.cases.SubjectType;
import io.vigil.cases.sla.SlaTargets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatementOfReasonsWriterTest {

    private static final Duration WINDOW = Duration.ofDays(183);

    private static Case kase(CaseSource source) {
        return Case.open(UUID.randomUUID(), "TS-2026-000042", new CaseReport("shop", "counterfeit", "Replicas", null,
                "US", Severity.HIGH, source, List.of(new Subject(SubjectType.ACCOUNT, "A-9"))), Priority.P1, "ivy",
                new SlaTargets(Duration.ofHours(1), Duration.ofHours(24), 0.25), NOW);
    }

    private static StatementOfReasons write(EnforcementAction action, CaseSource source) {
        return StatementOfReasonsWriter.write(action, kase(source), WINDOW, "out of court", "courts", NOW);
    }

    @Test
    void aSuspensionIsAnAccountRestrictionWithItsEndDateAndScope() {
        EnforcementAction suspend = EnforcementFixtures.request(EnforcementFixtures.order(EnforcementType.SUSPEND,
                Optional.of(Duration.ofDays(7)), Optional.empty()), "ivy", false, EnforcementFixtures.counterfeit());
        StatementOfReasons.Restriction restriction = write(suspend, CaseSource.USER_REPORT).restriction();
        assertThat(restriction.decisionAccount()).isEqualTo("DECISION_ACCOUNT_SUSPENDED");
        assertThat(restriction.decisionVisibility()).isNull();
        assertThat(restriction.endDateAccountRestriction()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(restriction.endDateMonetaryRestriction()).isNull();
        assertThat(restriction.territorialScope()).containsExactly("US");
        assertThat(restriction.applicationDate()).isEqualTo(NOW);
    }

    @Test
    void aContractualGroundFillsTheIncompatibleContentFields() {
        StatementOfReasons statement = write(EnforcementFixtures.action(EnforcementType.REMOVE_CONTENT, "ivy", false),
                CaseSource.USER_REPORT);
        assertThat(statement.ground().decisionGround()).isEqualTo("DECISION_GROUND_INCOMPATIBLE_CONTENT");
        assertThat(statement.ground().incompatibleContentGround()).isEqualTo("Seller Terms section 7.2");
        assertThat(statement.ground().illegalContentLegalGround()).isNull();
        assertThat(statement.restriction().decisionVisibility()).containsExactly("DECISION_VISIBILITY_CONTENT_REMOVED");
        assertThat(statement.facts().sourceType()).isEqualTo("SOURCE_ARTICLE_16");
        assertThat(statement.facts().sop().decisionPath()).containsExactly("brand-check", "seller-history", "ban");
    }

    @Test
    void aLegalGroundFillsTheIllegalContentFields() {
        ReasonSnapshot law = new ReasonSnapshot("prohibited-items", GroundType.ILLEGAL_CONTENT, "Directive 2021/555",
                "Weapons may not be sold", null, "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS", 2);
        EnforcementAction delist = EnforcementFixtures.request(EnforcementFixtures.order(EnforcementType.DELIST,
                Optional.empty(), Optional.empty()), "ivy", false, law);
        StatementOfReasons statement = write(delist, CaseSource.DETECTION);
        assertThat(statement.ground().decisionGround()).isEqualTo("DECISION_GROUND_ILLEGAL_CONTENT");
        assertThat(statement.ground().illegalContentLegalGround()).isEqualTo("Directive 2021/555");
        assertThat(statement.ground().incompatibleContentGround()).isNull();
        assertThat(statement.facts().sourceType()).isEqualTo("SOURCE_VOLUNTARY");
    }

    @Test
    void anActionInForceCanBeAppealedUntilTheWindowCloses() {
        EnforcementAction warn = EnforcementFixtures.action(EnforcementType.WARN, "ivy", false);
        StatementOfReasons.InternalComplaint internal = write(warn, CaseSource.REGULATOR).redress()
                .internalComplaintHandling();
        assertThat(internal.available()).isTrue();
        assertThat(internal.deadline()).isEqualTo(NOW.plus(WINDOW));
        assertThat(internal.appealPath()).isEqualTo("/api/enforcements/" + warn.id() + "/appeals");
        StatementOfReasons late = StatementOfReasonsWriter.write(warn, kase(CaseSource.REGULATOR), WINDOW, "o", "j",
                NOW.plus(WINDOW).plusSeconds(1));
        assertThat(late.redress().internalComplaintHandling().available()).isFalse();
        assertThat(late.redress().judicialRedress().available()).isTrue();
    }

    @Test
    void aHeldPayoutIsAMonetaryRestrictionAndAWarningRestrictsNothing() {
        StatementOfReasons hold = write(EnforcementFixtures.action(EnforcementType.HOLD_PAYOUT, "ivy", false),
                CaseSource.USER_REPORT);
        assertThat(hold.restriction().decisionMonetary()).isEqualTo("DECISION_MONETARY_SUSPENSION");
        StatementOfReasons warn = write(EnforcementFixtures.action(EnforcementType.WARN, "ivy", false),
                CaseSource.USER_REPORT);
        assertThat(warn.restriction().decisionAccount()).isNull();
        assertThat(warn.restriction().decisionMonetary()).isNull();
        assertThat(warn.restriction().description()).contains("no restriction");
    }

    @Test
    void aPendingActionHasNoApplicationDateAndCannotBeAppealedYet() {
        StatementOfReasons pending = write(EnforcementFixtures.action(EnforcementType.BAN, "ivy", true),
                CaseSource.USER_REPORT);
        assertThat(pending.restriction().applicationDate()).isNull();
        assertThat(pending.restriction().decisionAccount()).isEqualTo("DECISION_ACCOUNT_TERMINATED");
        assertThat(pending.redress().internalComplaintHandling().available()).isFalse();
        assertThat(pending.redress().internalComplaintHandling().description()).contains("not in force yet");
        assertThat(pending.redress().internalComplaintHandling().appealPath()).isNull();
    }
}
