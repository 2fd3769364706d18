package io.vigil.kit.request;

import io.quarkus.runtime.configuration.MemorySize;
import io.vigil.kit.problem.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a declared-oversize body with a 413 problem before it is read. The HTTP layer's own limit
 * (quarkus.http.limits.max-body-size) stays as a higher backstop, but it answers with an empty body.
 * Paths matching {@code vigil.http.max-body-size-exempt} (a regex, for uploads) enforce their own limits.
 */
public class BodyLimit {

    /** Compiled once: String.matches would compile it again for every request with a body. */
    private static final Pattern LENGTH = Pattern.compile("\\d{1,18}");

    private final long limit;
    private final Optional<Pattern> exempt;

    public BodyLimit(@ConfigProperty(name = "vigil.http.max-body-size", defaultValue = "2M") MemorySize limit,
            @ConfigProperty(name = "vigil.http.max-body-size-exempt") Optional<String> exempt) {
        this.limit = limit.asLongValue();
        this.exempt = exempt.map(Pattern::compile);
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !LENGTH.matcher(declared).matches() || Long.parseLong(declared) <= limit
                || exempted(request.getUriInfo().getRequestUri().getRawPath())) {
            return Optional.empty();
        }
        return Optional.of(Problems.response(413, "payload-too-large", "Payload too large",
                "The body has " + declared + " bytes; this endpoint accepts at most " + limit,
                request.getUriInfo().getRequestUri().getRawPath()));
    }

    private boolean exempted(String path) {
        return exempt.map(pattern -> pattern.matcher(path).matches()).orElse(false);
    }
}
