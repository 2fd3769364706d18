package io.vigil.cases.rest;

import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vigil.audit.client.AuditEventBuilder;
import io.vigil.audit.client.AuditLog;
import io.vigil.kit.problem.ProblemMappers;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Records a request refused for lack of a role as an {@code access.denied} event (DESIGN.md section 3: every
 * denied attempt is audited), then answers with service-kit's usual problem; it runs ahead of service-kit's
 * mapper for the same exception. Refusals by a rule (four-eyes, region) are audited by the use cases themselves.
 */
public class AccessDeniedAudit {

    private final AuditLog audit;
    private final ProblemMappers problems = new ProblemMappers();

    public AccessDeniedAudit(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * Role checks fail on the I/O thread, where no transaction may start: the event is built here (it reads the
     * caller and request id) and written on a worker thread.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Uni<Response> forbidden(ForbiddenException e, ContainerRequestContext request) {
        String attempt = request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath();
        AuditEventBuilder event = audit.event("access.denied").denied("forbidden").target("endpoint", attempt, null)
                .reason("missing-role", attempt);
        Response problem = problems.forbidden(e, request);
        return Uni.createFrom().item(() -> {
            event.recordSeparately();
            return problem;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
