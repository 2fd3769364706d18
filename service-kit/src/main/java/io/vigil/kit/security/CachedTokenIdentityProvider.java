package io.vigil.kit.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Answers a bearer token this replica verified before from {@link VerifiedTokens} instead of checking its RS256
 * signature and parsing it again, which costs more than most endpoints' own work. Off unless
 * {@code vigil.security.token-cache.max-size} is above zero; a token seen for the first time, or changed in any
 * byte, or past its {@code exp}, goes through Quarkus OIDC's full validation exactly as without the cache.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final Instance<OidcIdentityProvider> oidc;
    private final VerifiedTokens<SecurityIdentity> verified;
    private final boolean enabled;

    CachedTokenIdentityProvider(Instance<OidcIdentityProvider> oidc,
            @ConfigProperty(name = "vigil.security.token-cache.max-size", defaultValue = "0") int maxSize,
            @ConfigProperty(name = "vigil.security.token-cache.max-ttl", defaultValue = "5m") Duration maxTtl) {
        this.oidc = oidc;
        // Token expiry is wall-clock time, as OIDC checks it, never a clock that tests may move.
        this.verified = new VerifiedTokens<>(maxSize, maxTtl, Clock.systemUTC());
        this.enabled = maxSize > 0;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!enabled || !(request.getToken() instanceof AccessTokenCredential credential) || !oidc.isResolvable()) {
            return Uni.createFrom().nullItem();
        }
        String token = credential.getToken();
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return verified.find(token)
                .map(identity -> Uni.createFrom().item(forThisRequest(identity, routing, context)))
                .orElseGet(() -> oidc.get().authenticate(request, context)
                        .invoke(identity -> remember(token, identity)));
    }

    /** How many verified tokens this replica holds now. */
    public int rememberedTokens() {
        return verified.size();
    }

    private void remember(String token, SecurityIdentity identity) {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            verified.remember(token, jwt.getExpirationTime(), identity);
        }
    }

    /** The verified identity with this request's routing and blocking contexts in place of the first request's. */
    private static SecurityIdentity forThisRequest(SecurityIdentity identity, RoutingContext routing,
            AuthenticationRequestContext context) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(AuthenticationRequestContext.class.getName(), context);
        if (routing != null) {
            builder.addAttribute(RoutingContext.class.getName(), routing);
        }
        return builder.build();
    }
}
