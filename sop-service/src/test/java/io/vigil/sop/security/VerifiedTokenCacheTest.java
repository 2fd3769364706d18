package io.vigil.sop.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import io.vigil.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cache of verified tokens never lets through a token that full validation would refuse. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class VerifiedTokenCacheTest {

    private static final String ISSUER = "https://server.example.com";


    private static String token(String user, Set<String> roles, long expiresAt) {
        return Jwt.preferredUserName(user).subject("sub-" + user).groups(roles).claim("regions", List.of("US"))
                .issuer(ISSUER).audience(ISSUER).expiresAt(expiresAt).jws().keyId("1").sign("privateKey.jwk");
    }

    private static ValidatableResponse library(String token) {
        return given().auth().oauth2(token).when().get("/api/sops?limit=1").then();
    }

    private static ValidatableResponse seed(String token) {
        return given().auth().oauth2(token).when().post("/api/admin/demo-seed").then();
    }

    /** The cache's lookups as /q/metrics counts them: result "hit" (from memory) or "miss" (full validation). */
    private static double lookups(String result) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^vigil_security_token_cache_total\\{[^}]*result=\"" + result
                + "\"[^}]*} (\\S+)$").matcher(metrics);
        assertThat(m.find()).as("counter with result=" + result).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void aVerifiedTokenIsValidatedOnceAndThenAnsweredFromMemory() {
        String ivy = token("ivy", Set.of("investigator"), Instant.now().getEpochSecond() + 300);
        double hits = lookups("hit");
        double misses = lookups("miss");
        library(ivy).statusCode(200);
        library(ivy).statusCode(200);
        library(ivy).statusCode(200);
        assertThat(lookups("miss")).isEqualTo(misses + 1);
        assertThat(lookups("hit")).isEqualTo(hits + 2);
    }

    @Test
    void aRememberedTokenStillCarriesOnlyItsOwnRoles() {
        String ivy = token("ivy", Set.of("investigator"), Instant.now().getEpochSecond() + 300);
        library(ivy).statusCode(200);
        seed(ivy).statusCode(403);
        seed(ivy).statusCode(403);
    }

    @Test
    void aTokenWhosePayloadWasChangedAfterSigningIsRefusedEvenOnceTheGenuineOneIsKnown() {
        String ivy = token("ivy", Set.of("investigator"), Instant.now().getEpochSecond() + 300);
        library(ivy).statusCode(200);
        String[] parts = ivy.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String raised = payload.replace("\"investigator\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(raised.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        seed(forged).statusCode(401);
        library(forged).statusCode(401);
    }

    @Test
    void aTokenWithAChangedSignatureIsRefusedEvenOnceTheGenuineOneIsKnown() {
        String ivy = token("ivy", Set.of("investigator"), Instant.now().getEpochSecond() + 300);
        library(ivy).statusCode(200);
        char last = ivy.charAt(ivy.length() - 2);
        String forged = ivy.substring(0, ivy.length() - 2) + (last == 'A' ? 'B' : 'A') + ivy.charAt(ivy.length() - 1);
        library(forged).statusCode(401);
    }

    @Test
    void aTokenIsRefusedOnceItExpiresThoughItWasAcceptedBefore() throws InterruptedException {
        long expiresAt = Instant.now().getEpochSecond() + 3;
        String ivy = token("ivy", Set.of("investigator"), expiresAt);
        library(ivy).statusCode(200);
        library(ivy).statusCode(200);
        while (Instant.now().getEpochSecond() <= expiresAt) {
            Thread.sleep(200);
        }
        library(ivy).statusCode(401);
    }

    @Test
    void anAlreadyExpiredTokenIsRefused() {
        library(token("ivy", Set.of("investigator"), Instant.now().getEpochSecond() - 10)).statusCode(401);
    }
}
