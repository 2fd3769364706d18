package io.vigil.sop.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    private static List<String> render(String before, String after) {
        return LineDiff.of(before, after).stream().map(l -> l.op() + l.text()).toList();
    }

    @Test
    void aChangedStepShowsAsRemovedThenAdded() {
        assertThat(render("1. Ask\n2. Check value\n3. Refund", "1. Ask\n2. Check value and age\n3. Refund"))
                .containsExactly(" 1. Ask", "-2. Check value", "+2. Check value and age", " 3. Refund");
    }

    @Test
    void anInsertedStepIsTheOnlyChange() {
        assertThat(render("a\nc", "a\nb\nc")).containsExactly(" a", "+b", " c");
    }

    @Test
    void identicalStepsHaveNoChanges() {
        assertThat(render("a\nb", "a\nb")).allMatch(l -> l.startsWith(" "));
    }
}
