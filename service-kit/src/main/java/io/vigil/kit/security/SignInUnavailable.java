package io.vigil.kit.security;

import io.quarkus.oidc.OIDCException;
import io.quarkus.oidc.common.runtime.OidcEndpointAccessException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.ConnectException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Answers 503 when the identity provider cannot be reached. Authentication runs before JAX-RS, so its failures never
 * reach the problem mappers and would otherwise surface as a bare 500, which tells a caller the wrong thing: nothing
 * is broken in the request, sign-in is only unavailable for a while. Browsers get a short page, APIs a problem.
 */
@ApplicationScoped
public class SignInUnavailable {

    static final String RETRY_AFTER_SECONDS = "10";
    static final String DETAIL = "The sign-in service (Keycloak) cannot be reached, so the request could not be "
            + "authenticated. Nothing was changed; try again in a few seconds.";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    void answer(RoutingContext context) {
        if (!identityProviderUnreachable(context.failure()) || context.response().headWritten()) {
            context.next();
            return;
        }
        String accept = context.request().getHeader("Accept");
        context.response().setStatusCode(503).putHeader("Retry-After", RETRY_AFTER_SECONDS);
        if (accept != null && accept.contains("text/html")) {
            context.response().putHeader("Content-Type", "text/html; charset=utf-8").end(page());
        } else {
            context.response().putHeader("Content-Type", "application/problem+json").end(new JsonObject()
                    .put("type", "urn:vigil:problem:sign-in-unavailable").put("title", "Sign-in unavailable")
                    .put("status", 503).put("detail", DETAIL).put("instance", context.request().path()).encode());
        }
    }

    /** Whether this failure is OIDC failing because the identity provider is out of reach. */
    static boolean identityProviderUnreachable(Throwable failure) {
        boolean oidc = false;
        boolean unreachable = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            oidc |= t instanceof OIDCException || t instanceof OidcEndpointAccessException;
            unreachable |= t instanceof OidcEndpointAccessException || t instanceof ConnectException
                    || t instanceof TimeoutException
                    || t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("server is not available");
        }
        return oidc && unreachable;
    }

    private static String page() {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Sign-in unavailable · Vigil</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem">
                <main><h1>Sign-in is unavailable</h1><p role="alert">%s</p>
                <p><a href="">Try again</a></p></main></body></html>
                """.formatted(DETAIL);
    }
}
