package io.vigil.console.rca;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.console.shell.Viewer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CorrectiveActionTest {

    private static CorrectiveAction action(String owner, String status) {
        return new CorrectiveAction(UUID.randomUUID(), "Fix", owner, LocalDate.parse("2026-12-01"), status, null, null,
                null, 1);
    }

    private static Viewer viewer(String name, String role) {
        return new Viewer(name, List.of(role), List.of("US"));
    }

    @Test
    void aLeadMovesAnOpenActionAnywhereAndASettledOneOnlyBackToOpen() {
        assertThat(action("ivy", "OPEN").movesFor(viewer("lena", "lead"))).containsExactly("IN_PROGRESS", "DONE", "WAIVED");
        assertThat(action("ivy", "WAIVED").movesFor(viewer("lena", "lead"))).containsExactly("OPEN");
    }

    @Test
    void anOwnerMovesTheirOwnButNeverWaivesAndOthersNotAtAll() {
        assertThat(action("ivy", "IN_PROGRESS").movesFor(viewer("ivy", "investigator"))).containsExactly("OPEN", "DONE");
        assertThat(action("ivy", "OPEN").movesFor(viewer("ian", "investigator"))).isEmpty();
        assertThat(action("aud", "OPEN").movesFor(viewer("aud", "auditor"))).isEmpty();
    }

    @Test
    void onlyOpenActionsPastTheirDateAreOverdue() {
        assertThat(action("ivy", "OPEN").overdueOn(LocalDate.parse("2026-12-02"))).isTrue();
        assertThat(action("ivy", "DONE").overdueOn(LocalDate.parse("2026-12-02"))).isFalse();
        assertThat(action("ivy", "OPEN").overdueOn(LocalDate.parse("2026-12-01"))).isFalse();
    }
}
