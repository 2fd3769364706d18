package io.vigil.audit.rest;

import io.vigil.audit.log.IngestEnvelope.Actor;
import io.vigil.audit.log.IngestEnvelope.ActorType;
import io.vigil.audit.log.SelfAudit;
import io.vigil.audit.log.SelfEvent;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records every request audit-service refuses with 401 or 403 as an {@code access.denied} event (DESIGN.md
 * section 3: every denied attempt is audited), whoever the caller claims to be. Refusals are often answered on
 * the I/O thread, so the record is written on a worker thread.
 */
public class DeniedRequests {

    private static final Logger LOG = Logger.getLogger(DeniedRequests.class);

    private final SelfAudit audit;
    private final Instance<Caller> caller;
    private final ManagedExecutor worker;

    public DeniedRequests(SelfAudit audit, Instance<Caller> caller, ManagedExecutor worker) {
        this.audit = audit;
        this.caller = caller;
        this.worker = worker;
    }

    @ServerResponseFilter
    public void recordDenied(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status != 401 && status != 403) {
            return;
        }
        String endpoint = request.getMethod() + " " + request.getUriInfo().getPath();
        SelfEvent denied = SelfEvent.denied(actor(), status == 401 ? "unauthenticated" : "forbidden", endpoint);
        worker.runAsync(() -> audit.record(denied)).exceptionally(e -> {
            // The refusal itself stands; losing its record is logged loudly rather than turned into a 500.
            LOG.errorf(e, "could not record the denied request %s", endpoint);
            return null;
        });
    }

    private Actor actor() {
        try {
            return CallerActor.of(caller.get());
        } catch (RuntimeException unverifiable) {
            // A token that failed verification names nobody we can trust.
            return new Actor(ActorType.user, CallerActor.ANONYMOUS, null, null);
        }
    }
}
