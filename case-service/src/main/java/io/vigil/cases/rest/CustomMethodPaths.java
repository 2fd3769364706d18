package io.vigil.cases.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Serves the collection-level custom methods of DESIGN.md section 4 ({@code POST /api/cases:batch},
 * {@code :bulk}). JAX-RS path matching stops at the longest class path ({@code /api/cases}) and never sees a
 * colon suffix, so the suffix is rewritten to an internal sub-path before matching.
 */
public class CustomMethodPaths {

    static final String BATCH = "/api/cases/-batch";
    static final String BULK = "/api/cases/-bulk";

    @ServerRequestFilter(preMatching = true)
    public void rewrite(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        // Clients send the colon raw or percent-encoded (RFC 3986 allows both in a path segment).
        String path = uri.getRawPath().replace("%3A", ":").replace("%3a", ":");
        if (path.endsWith("/api/cases:batch") || path.endsWith("/api/cases:bulk")) {
            String target = path.substring(0, path.lastIndexOf(':')) + "/-" + path.substring(path.lastIndexOf(':') + 1);
            request.setRequestUri(uri.resolve(target + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
        }
    }
}
