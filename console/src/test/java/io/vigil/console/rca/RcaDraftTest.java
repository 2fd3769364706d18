package io.vigil.console.rca;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.console.outbound.ServiceProblem.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RcaDraftTest {

    private static RcaDraft posted(List<String> at, List<String> text, List<String> due) {
        return RcaDraft.posted("3", "S", "I", "R", "one\n\n two ", at, text, List.of("", ""), List.of("Fix it", ""),
                List.of("ivy", ""), due);
    }

    @Test
    void blankRowsAreDroppedAndTheRestBecomesTheBody() {
        RcaDraft draft = posted(List.of("2026-11-20T09:15", ""), List.of("Reported", ""), List.of("2026-12-01", ""));
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.base()).isEqualTo(3);
        assertThat(draft.next()).isEqualTo(4);
        Map<String, Object> body = draft.body();
        assertThat(body.get("timeline")).isEqualTo(List.of(Map.of("at", "2026-11-20T09:15:00Z", "text", "Reported")));
        assertThat(body.get("contributingFactors")).isEqualTo(List.of("one", "two"));
        assertThat(body.get("correctiveActions")).isEqualTo(List.of(Map.of("title", "Fix it", "owner", "ivy",
                "dueDate", "2026-12-01")));
    }

    @Test
    void halfFilledRowsAndMissingSectionsAreNamed() {
        RcaDraft draft = RcaDraft.posted("x", " ", "I", "R", "", List.of("2026-11-20T09:15"), List.of(""),
                List.of("0193a1b2-0000-7000-8000-000000000ac1"), List.of(""), List.of("not a name!"), List.of("soon"));
        assertThat(draft.base()).isZero();
        assertThat(draft.problems()).extracting(FieldError::field).containsExactly("Summary", "Timeline line 1",
                "Corrective action 1", "Corrective action 1", "Corrective action 1");
    }

    @Test
    void anExistingActionIsNeverDroppedEvenWhenCleared() {
        RcaDraft draft = RcaDraft.posted("1", "S", "I", "R", "", List.of(), List.of(),
                List.of("0193a1b2-0000-7000-8000-000000000ac1"), List.of(""), List.of(""), List.of(""));
        assertThat(draft.actions()).hasSize(1);
        assertThat(draft.problems()).isNotEmpty();
    }
}
