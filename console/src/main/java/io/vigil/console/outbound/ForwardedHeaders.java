package io.vigil.console.outbound;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vigil.kit.request.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import org.jboss.logging.MDC;

/**
 * Headers every call from the console to a Vigil service carries: the signed-in user's own access token,
 * so each service applies that user's roles and regions (the console never calls with more rights than the
 * user has), and the request id, so one id finds the log lines of a page and of the calls it made.
 * Written here because the token-propagation extension is not on this build's package mirror.
 */
@ApplicationScoped
public class ForwardedHeaders implements ClientHeadersFactory {

    private final SecurityIdentity identity;

    public ForwardedHeaders(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
        // RequestIds keeps the id in the MDC, which Quarkus carries on the request's context.
        Object requestId = MDC.get("requestId");
        if (requestId != null) {
            headers.putSingle(RequestIds.HEADER, requestId.toString());
        }
        return headers;
    }
}
