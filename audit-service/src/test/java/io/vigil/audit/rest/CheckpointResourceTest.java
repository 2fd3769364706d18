package io.vigil.audit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.audit.verify.note.Checkpoint;
import io.vigil.audit.verify.note.VerifierKey;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "audit_test"))
class CheckpointResourceTest {

    /** SHA-256 of the empty string: the root of the empty tree (RFC 9162 section 2.1.1). */
    private static final String EMPTY_ROOT = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    @Nested
    class LatestCheckpoint {

        @Test
        void anEmptyLogCommitsToTheEmptyTreeInANoteThatVerifiesWithThePublishedKey() throws Exception {
            String note = given().auth().oauth2(TestTokens.aud()).accept("text/plain")
                    .when().get("/api/audit/checkpoints/latest")
                    .then().statusCode(200).contentType(containsString("text/plain"))
                    .body(startsWith("vigil.local/audit\n0\n" + EMPTY_ROOT + "\n"))
                    .extract().asString();
            String publicKey = given().when().get("/api/audit/public-key").then().statusCode(200).extract().asString();

            Checkpoint verified = Checkpoint.verify(note, VerifierKey.parse(publicKey.trim()));

            assertThat(verified.size()).isZero();
            assertThat(verified.origin()).isEqualTo("vigil.local/audit");
        }

        @Test
        void aClientThatAcceptsAnythingGetsTheSignedNote() {
            given().auth().oauth2(TestTokens.aud()).accept("*/*")
                    .when().get("/api/audit/checkpoints/latest")
                    .then().statusCode(200).contentType(containsString("text/plain"))
                    .body(startsWith("vigil.local/audit\n"));
        }

        @Test
        void jsonClientsGetTheFieldsAndTheNote() {
            given().auth().oauth2(TestTokens.aud()).accept("application/json")
                    .when().get("/api/audit/checkpoints/latest")
                    .then().statusCode(200)
                    .body("origin", equalTo("vigil.local/audit"))
                    .body("size", equalTo(0))
                    .body("rootHash", equalTo(EMPTY_ROOT))
                    .body("note", containsString("\u2014 vigil.local/audit "));
        }

        @Test
        void withoutATokenItIsUnauthenticated() {
            given().accept("application/json").when().get("/api/audit/checkpoints/latest")
                    .then().statusCode(401).contentType("application/problem+json");
        }

        @Test
        void anInvestigatorIsNotAnAuditor() {
            given().auth().oauth2(TestTokens.ivy()).accept("application/json")
                    .when().get("/api/audit/checkpoints/latest")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void thePublicKeyNeedsNoTokenBecauseVerificationMustNotDependOnUs() {
        given().when().get("/api/audit/public-key")
                .then().statusCode(200).body(startsWith("vigil.local/audit+001ed06a+"));
    }

    @Test
    void readinessOpenApiAndMetricsAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).body("paths.'/api/audit/checkpoints/latest'.get", notNullValue());
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }
}
