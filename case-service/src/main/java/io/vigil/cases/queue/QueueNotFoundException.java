package io.vigil.cases.queue;

import io.vigil.kit.problem.ResourceNotFoundException;
import java.util.UUID;

/** No queue with this id in the caller's regions. */
public class QueueNotFoundException extends ResourceNotFoundException {

    public QueueNotFoundException(UUID id) {
        super("Queue", id);
    }
}
