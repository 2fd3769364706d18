package io.vigil.cases.task;

import io.vigil.kit.problem.ResourceNotFoundException;
import java.util.UUID;

/** No such task on this case (or the case is outside the caller's regions). */
public class TaskNotFoundException extends ResourceNotFoundException {

    public TaskNotFoundException(UUID id) {
        super("Task", id);
    }
}
