package io.vigil.cases.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private Task task() {
        return new Task(UUID.randomUUID(), UUID.randomUUID(), "Check seller history", new SopStep("shop.x", 2, 1),
                "ivy", now);
    }

    @Test
    void aNewTaskIsOpenAndRemembersItsSopStep() {
        Task task = task();
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.origin()).contains(new SopStep("shop.x", 2, 1));
    }

    @Test
    void completingRecordsWhoAndWhenAndReopeningClearsIt() {
        Task task = task();
        task.complete("ian", now.plusSeconds(60));
        assertThat(task.completedBy()).isEqualTo("ian");
        assertThat(task.completedAt()).isEqualTo(now.plusSeconds(60));
        task.reopen();
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.completedBy()).isNull();
    }

    @Test
    void aDoneTaskCannotBeCompletedAgainNorAnOpenOneReopened() {
        Task task = task();
        assertThatThrownBy(task::reopen).isInstanceOf(TaskStateException.class).hasMessageContaining("open");
        task.complete("ivy", now);
        assertThatThrownBy(() -> task.complete("ivy", now)).isInstanceOf(TaskStateException.class)
                .hasMessageContaining("done");
    }
}
