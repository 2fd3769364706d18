package io.vigil.cases.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.cases.CaseStatus;
import io.vigil.kit.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BulkCommandTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();

    @Test
    void repeatedIdsAreActedOnOnceInTheirFirstOrder() {
        BulkCommand command = new BulkCommand(BulkAction.LABEL, List.of(b, a, b), null, null, null, "ring");
        assertThat(command.ids()).containsExactly(b, a);
    }

    @Test
    void fiveHundredIdsAreAcceptedAndFiveHundredAndOneAreNot() {
        List<UUID> ids = new ArrayList<>(IntStream.range(0, 500).mapToObj(i -> UUID.randomUUID()).toList());
        assertThat(new BulkCommand(BulkAction.ASSIGN, ids, "ivy", null, null, null).ids()).hasSize(500);
        ids.add(UUID.randomUUID());
        assertThatThrownBy(() -> new BulkCommand(BulkAction.ASSIGN, ids, "ivy", null, null, null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("500");
    }

    @Test
    void eachActionNeedsItsOwnField() {
        assertThatThrownBy(() -> new BulkCommand(BulkAction.TRANSITION, List.of(a), null, null, null, null))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new BulkCommand(BulkAction.UNLABEL, List.of(a), null, null, null, " "))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new BulkCommand(null, List.of(a), null, null, null, null))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(new BulkCommand(BulkAction.TRANSITION, List.of(a), null, CaseStatus.TRIAGED, null, null).to())
                .isEqualTo(CaseStatus.TRIAGED);
    }

    @Test
    void anAssignmentWithoutAssigneeUnassigns() {
        assertThat(new BulkCommand(BulkAction.ASSIGN, List.of(a), null, null, null, null).assignee()).isNull();
    }

    @Test
    void anEmptySelectionOrANullIdIsRefused() {
        assertThatThrownBy(() -> new BulkCommand(BulkAction.LABEL, List.of(), null, null, null, "x"))
                .isInstanceOf(InvalidRequestException.class);
        List<UUID> withNull = new ArrayList<>(List.of(a));
        withNull.add(null);
        assertThatThrownBy(() -> new BulkCommand(BulkAction.LABEL, withNull, null, null, null, "x"))
                .isInstanceOf(InvalidRequestException.class);
    }
}
