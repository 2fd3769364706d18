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
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Records a request refused for lack of a role as an {@code access.denied} event (DESIGN.md section 3: every denied
 * attempt is audited), then answers with service-kit's usual problem. It runs ahead of service-kit's mapper for the
 * same exception. The target is the addressed resource when the path names one, else the endpoint.
 */
public class AccessDeniedAudit {

    private static final Map<String, String> TARGETS = Map.of("/api/incidents/", "incident", "/api/shifts/", "shift",
            "/api/quality/reviews/", "qa-review", "/api/quality/samples/", "qa-sample", "/api/cases/", "case",
            "/api/queues/", "queue", "/api/account-groups/", "account-group", "/api/routing-rules/", "routing-rule",
            "/api/enforcements/", "enforcement", "/api/appeals/", "appeal");

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
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        String attempt = request.getMethod() + " " + path;
        String type = id == null ? null : TARGETS.entrySet().stream().filter(t -> path.startsWith(t.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        AuditEventBuilder event = audit.event("access.denied").denied("forbidden")
                .target(type == null ? "endpoint" : type, type == null ? attempt : id, null)
                .reason("missing-role", attempt);
        Response problem = problems.forbidden(e, request);
        return Uni.createFrom().item(() -> {
            event.recordSeparately();
            return problem;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
