package io.vigil.kit.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
    private final Counter hits;
    private final Counter misses;

    CachedTokenIdentityProvider(Instance<OidcIdentityProvider> oidc, MeterRegistry meters,
            @ConfigProperty(name = "vigil.security.token-cache.max-size", defaultValue = "0") int maxSize,
            @ConfigProperty(name = "vigil.security.token-cache.max-ttl", defaultValue = "5m") Duration maxTtl) {
        this.oidc = oidc;
        // Token expiry is wall-clock time, as OIDC checks it, never a clock that tests may move.
        this.verified = new VerifiedTokens<>(maxSize, maxTtl, Clock.systemUTC());
        this.enabled = maxSize > 0;
        this.hits = enabled ? lookups(meters, "hit") : null;
        this.misses = enabled ? lookups(meters, "miss") : null;
        if (enabled) {
            meters.gauge("vigil.security.token.cache.size", verified, VerifiedTokens::size);
        }
    }

    private static Counter lookups(MeterRegistry meters, String result) {
        return Counter.builder("vigil.security.token.cache")
                .description("Bearer tokens answered from verified memory (hit) or handed to full OIDC validation (miss)")
                .tag("result", result).register(meters);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Ahead of Quarkus OIDC's provider, which keeps the interface's default (SYSTEM_FIRST + 1): an equal priority
     * would leave the order to bean discovery.
     */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!enabled || !(request.getToken() instanceof AccessTokenCredential credential) || !oidc.isResolvable()) {
            return Uni.createFrom().nullItem();
        }
        String token = credential.getToken();
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return verified.find(token).map(identity -> {
            hits.increment();
            return Uni.createFrom().item(forThisRequest(identity, routing, context));
        }).orElseGet(() -> {
            misses.increment();
            return oidc.get().authenticate(request, context).invoke(identity -> remember(token, identity));
        });
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
