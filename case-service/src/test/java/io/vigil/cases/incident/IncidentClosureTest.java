package io.vigil.cases.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.problem.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IncidentClosureTest {

    private static final Instant NOW = Instant.parse("2026-11-10T12:00:00Z");
    private final IncidentClosure closure = new IncidentClosure(Set.of(IncidentSeverity.SEV1, IncidentSeverity.SEV2));

    private static CorrectiveAction action(String title) {
        return new CorrectiveAction(UUID.randomUUID(), UUID.randomUUID(), title, "ivy", LocalDate.of(2026, 12, 1), NOW);
    }

    @Test
    void anIncidentWithEverythingDoneCloses() {
        CorrectiveAction done = action("Add a classifier for political ads");
        done.changeStatus(CorrectiveActionStatus.DONE, null, "ivy", NOW);
        assertThatCode(() -> closure.check(IncidentSeverity.SEV1, true, List.of(done))).doesNotThrowAnyException();
    }

    @Test
    void anOpenActionKeepsTheIncidentOpenAndIsNamed() {
        CorrectiveAction open = action("Rate-limit new advertiser accounts");
        CorrectiveAction started = action("Backfill missed reviews");
        started.changeStatus(CorrectiveActionStatus.IN_PROGRESS, null, "ivy", NOW);
        assertThatThrownBy(() -> closure.check(IncidentSeverity.SEV3, false, List.of(open, started)))
                .isInstanceOfSatisfying(IncidentNotClosableException.class, e -> {
                    assertThat(e.slug()).isEqualTo("open-corrective-actions");
                    @SuppressWarnings("unchecked")
                    List<Map<String, String>> named = (List<Map<String, String>>) e.extensions().get("openActions");
                    assertThat(named).extracting(m -> m.get("title"))
                            .containsExactly("Rate-limit new advertiser accounts", "Backfill missed reviews");
                    assertThat(named).extracting(m -> m.get("status")).containsExactly("OPEN", "IN_PROGRESS");
                    assertThat(named.get(0)).containsEntry("owner", "ivy").containsEntry("dueDate", "2026-12-01");
                });
    }

    @Test
    void aWaivedActionNoLongerKeepsTheIncidentOpenAndTheWaiverSaysWhoWhyAndWhen() {
        CorrectiveAction waived = action("Rewrite the ingestion pipeline");
        waived.changeStatus(CorrectiveActionStatus.WAIVED, " Superseded by the platform migration ", "lena", NOW);
        assertThat(waived.waiver()).hasValue(new Waiver("lena", "Superseded by the platform migration", NOW));
        assertThatCode(() -> closure.check(IncidentSeverity.SEV2, true, List.of(waived))).doesNotThrowAnyException();
    }

    @Test
    void aWaiverNeedsAReason() {
        CorrectiveAction action = action("Audit the allow-list");
        assertThatThrownBy(() -> action.changeStatus(CorrectiveActionStatus.WAIVED, "  ", "lena", NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
        assertThat(action.status()).isEqualTo(CorrectiveActionStatus.OPEN);
    }

    @Test
    void reopeningAWaivedActionWithdrawsTheWaiverAndBlocksClosingAgain() {
        CorrectiveAction action = action("Alert on classifier drift");
        action.changeStatus(CorrectiveActionStatus.WAIVED, "not worth it", "lena", NOW);
        action.changeStatus(CorrectiveActionStatus.OPEN, null, "lena", NOW);
        assertThat(action.waiver()).isEmpty();
        assertThatThrownBy(() -> closure.check(IncidentSeverity.SEV4, false, List.of(action)))
                .isInstanceOf(IncidentNotClosableException.class);
    }

    @Test
    void aSettledActionOnlyReopens() {
        CorrectiveAction done = action("Document the runbook");
        done.changeStatus(CorrectiveActionStatus.DONE, null, "ivy", NOW);
        assertThatThrownBy(() -> done.changeStatus(CorrectiveActionStatus.WAIVED, "no", "lena", NOW))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.extensions()).containsEntry("allowed", List.of("OPEN")));
    }

    @Test
    void theWorstSeveritiesNeedAnRcaReportToClose() {
        assertThatThrownBy(() -> closure.check(IncidentSeverity.SEV1, false, List.of()))
                .isInstanceOfSatisfying(IncidentNotClosableException.class,
                        e -> assertThat(e.slug()).isEqualTo("rca-required"));
        assertThatCode(() -> closure.check(IncidentSeverity.SEV3, false, List.of())).doesNotThrowAnyException();
    }
}
