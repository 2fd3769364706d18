package io.vigil.console.access;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses state-changing requests sent by another site's page (cross-site request forgery). The session cookie is
 * SameSite=Lax already; this is the second line (OWASP's "verify origin with standard headers"): browsers send
 * {@code Origin} with every POST, and it must name this console's host. Requests without {@code Origin} (not from
 * a browser form or script) pass, as they cannot carry a victim's cookie from another site.
 */
public class SameOrigin {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null || sameHost(origin, request.getHeaderString(HttpHeaders.HOST))) {
            return null;
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE)
                .entity("This form was sent from another site, so the console did not act on it.").build();
    }

    static boolean sameHost(String origin, String host) {
        if (host == null || "null".equals(origin)) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority != null && (authority.equalsIgnoreCase(host) || uri.getHost().equalsIgnoreCase(host));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
