package io.vigil.testkit;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Set;

/**
 * Bearer tokens for the test OIDC server, shaped like Keycloak's for the demo users: realm roles and the
 * `regions` claim as a JSON array, signed with the key the test server publishes.
 */
public final class TestTokens {

    private static final String ISSUER = "https://server.example.com";

    private TestTokens() {
    }

    public static String token(String user, Set<String> roles, List<String> regions) {
        return Jwt.preferredUserName(user)
                .subject("sub-" + user)
                .groups(roles)
                .claim("regions", regions)
                .issuer(ISSUER)
                .audience(ISSUER)
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    /** The demo realm's investigator for the US (DESIGN.md section 2). */
    public static String ivy() {
        return token("ivy", Set.of("investigator"), List.of("US"));
    }

    /** An investigator for the EU and Singapore. */
    public static String ian() {
        return token("ian", Set.of("investigator"), List.of("EU", "SG"));
    }

    /** A lead who sees every region. */
    public static String lena() {
        return token("lena", Set.of("lead"), List.of("US", "EU", "SG"));
    }

    public static String sam() {
        return token("sam", Set.of("sop-author"), List.of("US", "EU", "SG"));
    }

    public static String sara() {
        return token("sara", Set.of("sop-approver"), List.of("US", "EU", "SG"));
    }

    public static String aud() {
        return token("aud", Set.of("auditor"), List.of("US", "EU", "SG"));
    }

    public static String ada() {
        return token("ada", Set.of("admin"), List.of("US", "EU", "SG"));
    }
}
