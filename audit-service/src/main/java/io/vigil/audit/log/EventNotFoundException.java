package io.vigil.audit.log;

import io.vigil.kit.problem.ResourceNotFoundException;
import java.util.UUID;

/** No event with this id has been sequenced (it may still be queued for a fraction of a second). */
public class EventNotFoundException extends ResourceNotFoundException {

    public EventNotFoundException(UUID eventId) {
        super("audit event", eventId);
    }
}
