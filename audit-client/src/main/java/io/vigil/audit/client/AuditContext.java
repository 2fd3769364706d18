package io.vigil.audit.client;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.arc.Arc;
import io.vigil.audit.client.AuditEnvelope.Actor;
import io.vigil.audit.client.AuditEnvelope.ActorType;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import org.jboss.logging.MDC;

/**
 * Reads who is acting and which request and trace this is, so producers never fill those envelope fields by
 * hand (and cannot get them wrong). Outside a request, for example in a scheduler, the actor is the system.
 */
@ApplicationScoped
class AuditContext {

    /** Keycloak names the user behind a client's service account like this. */
    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";
    private static final String ANONYMOUS = "anonymous";

    private final Instance<Caller> caller;

    AuditContext(Instance<Caller> caller) {
        this.caller = caller;
    }

    Actor actor(String producer) {
        // Schedulers also run with a request context, so "no HTTP request" is told by the missing request id.
        if (!Arc.container().requestContext().isActive() || correlationId() == null && caller.get().subject() == null) {
            return new Actor(ActorType.system, producer, List.of(), null);
        }
        Caller current = caller.get();
        if (current.subject() == null) {
            return new Actor(ActorType.user, ANONYMOUS, List.of(), null);
        }
        String name = current.username();
        ActorType type = name != null && name.startsWith(SERVICE_ACCOUNT_PREFIX) ? ActorType.service : ActorType.user;
        String ref = type == ActorType.service ? name.substring(SERVICE_ACCOUNT_PREFIX.length()) : current.subject();
        return new Actor(type, ref, current.roles().stream().sorted().toList(), null);
    }

    /** The request id service-kit's RequestIds put into the logging context (X-Request-Id). */
    String correlationId() {
        Object id = MDC.get("requestId");
        return id == null ? null : id.toString();
    }

    /** The W3C trace id of the current span (traceparent), when one is being recorded or propagated. */
    String traceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }
}
