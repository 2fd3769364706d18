package io.vigil.cases.incident;

import static io.vigil.cases.incident.IncidentStatus.CLOSED;
import static io.vigil.cases.incident.IncidentStatus.MITIGATED;
import static io.vigil.cases.incident.IncidentStatus.OPEN;
import static io.vigil.cases.incident.IncidentStatus.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IncidentStateMachineTest {

    private static final Instant T0 = Instant.parse("2026-11-03T08:00:00Z");

    private static Incident declared() {
        return Incident.declare(UUID.randomUUID(), "INC-2026-000001", IncidentDetails.of("Election ads surge", null,
                IncidentKind.ELECTION, IncidentSeverity.SEV1, List.of("US", "EU")), "leo", "leo", T0);
    }

    @Test
    void anIncidentGoesFromOpenThroughMitigatedAndResolvedToClosed() {
        Incident incident = declared();
        incident.transitionTo(MITIGATED, T0.plusSeconds(60));
        incident.transitionTo(RESOLVED, T0.plusSeconds(120));
        incident.transitionTo(CLOSED, T0.plusSeconds(180));
        assertThat(incident.status()).isEqualTo(CLOSED);
        assertThat(incident.mitigatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(incident.resolvedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(incident.closedAt()).isEqualTo(T0.plusSeconds(180));
        assertThat(incident.statusSince()).isEqualTo(T0.plusSeconds(180));
    }

    @Test
    void aFixCanLandWithoutAnInterimMitigation() {
        assertThat(IncidentStateMachine.allows(OPEN, RESOLVED)).isTrue();
    }

    @Test
    void aFailedMitigationAndARecurrenceReopen() {
        assertThat(IncidentStateMachine.allowedFrom(MITIGATED)).containsExactlyInAnyOrder(OPEN, RESOLVED);
        Incident incident = declared();
        incident.transitionTo(RESOLVED, T0.plusSeconds(60));
        incident.transitionTo(OPEN, T0.plusSeconds(120));
        assertThat(incident.resolvedAt()).isNull();
    }

    @Test
    void anOpenIncidentCannotCloseAndTheRefusalNamesWhatIsAllowed() {
        assertThatThrownBy(() -> declared().transitionTo(CLOSED, T0))
                .isInstanceOfSatisfying(IllegalIncidentTransitionException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.extensions()).containsEntry("from", "OPEN")
                            .containsEntry("allowed", List.of("MITIGATED", "RESOLVED"));
                });
    }

    @Test
    void closedIsFinal() {
        assertThat(IncidentStateMachine.allowedFrom(CLOSED)).isEmpty();
        for (IncidentStatus to : IncidentStatus.values()) {
            assertThat(IncidentStateMachine.allows(CLOSED, to)).isFalse();
        }
    }

    @Test
    void aClosedIncidentRefusesRevisionAndHandOver() {
        Incident incident = declared();
        incident.transitionTo(RESOLVED, T0);
        incident.transitionTo(CLOSED, T0);
        assertThatThrownBy(() -> incident.handOverTo("lena", T0)).isInstanceOf(IncidentClosedException.class);
        assertThatThrownBy(() -> incident.revise(IncidentDetails.of("x", null, IncidentKind.OTHER,
                IncidentSeverity.SEV4, List.of("US")), T0)).isInstanceOf(IncidentClosedException.class);
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailure() {
        Incident incident = declared();
        incident.requireVersion(OptionalLong.of(0));
        assertThatThrownBy(() -> incident.requireVersion(OptionalLong.of(3))).hasMessageContaining("version 0");
    }

    @Test
    void theAuditRegionJoinsTheRegionsInOrder() {
        assertThat(declared().auditRegion()).isEqualTo("EU,US");
    }
}
