package io.vigil.audit.rest;

import io.vigil.audit.log.IngestEnvelope.Actor;
import io.vigil.audit.log.IngestEnvelope.ActorType;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;

/** The verified caller as the actor of audit-service's own events. */
final class CallerActor {

    static final String ANONYMOUS = "anonymous";

    private CallerActor() {
    }

    static Actor of(Caller caller) {
        if (caller.subject() == null) {
            return new Actor(ActorType.user, ANONYMOUS, null, null);
        }
        ActorType type = caller.hasRole(Roles.AUDIT_WRITER) ? ActorType.service : ActorType.user;
        return new Actor(type, caller.subject(), caller.roles().stream().sorted().toList(), null);
    }
}
