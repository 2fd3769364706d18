package io.vigil.cases.task;

import io.vigil.kit.problem.ConflictException;
import java.util.Map;

/** Completing a done task or reopening an open one: the client acted on a stale view of the task. */
public class TaskStateException extends ConflictException {

    public TaskStateException(TaskStatus current) {
        super("task-" + current.name().toLowerCase(), "The task is already " + current.name().toLowerCase(),
                Map.of("status", current.name()));
    }
}
