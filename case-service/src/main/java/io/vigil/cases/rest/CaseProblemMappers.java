package io.vigil.cases.rest;

import io.vigil.kit.problem.Problems;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two writers changed one row at once and the later one lost (JPA's version check at flush). The client could
 * not have known, so it is a conflict to retry, not a server error.
 */
public class CaseProblemMappers {

    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException e, ContainerRequestContext request) {
        return conflict(request);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, ContainerRequestContext request) {
        return conflict(request);
    }

    private static Response conflict(ContainerRequestContext request) {
        return Problems.response(409, "concurrent-update", "Conflict",
                "Someone else changed this at the same moment; reload it and retry",
                request.getUriInfo().getRequestUri().getRawPath());
    }
}
