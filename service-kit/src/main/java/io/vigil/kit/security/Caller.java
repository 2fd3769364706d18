package io.vigil.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the domain needs it: a stable subject, a display name, roles and the regions whose
 * data they may see. Read once per request from the verified token.
 */
@RequestScoped
public class Caller {

    private final String subject;
    private final String username;
    private final Set<String> roles;
    private final Set<String> regions;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        boolean anonymous = identity.isAnonymous();
        this.subject = anonymous ? null : firstNonBlank(token.getSubject(), identity.getPrincipal().getName());
        this.username = anonymous ? null : firstNonBlank(token.getClaim("preferred_username"),
                identity.getPrincipal().getName());
        this.roles = Set.copyOf(identity.getRoles());
        this.regions = anonymous ? Set.of() : RegionsClaim.read(token.getClaim(RegionsClaim.NAME));
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Regions whose data this caller may see; empty means none, never all. */
    public Set<String> regions() {
        return regions;
    }

    public boolean maySee(String region) {
        return region != null && regions.contains(region);
    }

    private static String firstNonBlank(Object preferred, String fallback) {
        return preferred != null && !preferred.toString().isBlank() ? preferred.toString() : fallback;
    }
}
