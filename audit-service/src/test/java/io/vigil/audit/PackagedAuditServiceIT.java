package io.vigil.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The packaged jar, started as in production (prod profile), boots, signs checkpoints and serves the API. */
@QuarkusIntegrationTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "audit_it"))
@WithTestResource(PackagedAuditServiceIT.TestIssuerAndKey.class)
class PackagedAuditServiceIT {

    @Test
    void theJarBecomesReadyWithItsDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void anAuditorReadsTheLatestSignedCheckpointWithABearerToken() {
        given().auth().oauth2(TestTokens.aud()).accept("text/plain")
                .when().get("/api/audit/checkpoints/latest")
                .then().statusCode(200).body(startsWith("vigil.local/audit\n"));
    }

    @Test
    void anUnknownEventIsAProblemNotAStackTrace() {
        given().auth().oauth2(TestTokens.aud()).when().get("/api/audit/events/" + UUID.randomUUID())
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    /**
     * What the prod profile needs from a test run: the test OIDC server as issuer, the LOCAL DEMO signing and privacy
     * master keys (production takes VIGIL_AUDIT_SIGNING_KEY and VIGIL_AUDIT_PRIVACY_MASTER_KEY from Secrets), and a fresh schema in the IT's own database.
     */
    public static class TestIssuerAndKey implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            return Map.of("quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "vigil.audit.signing-key",
                    "PRIVATE+KEY+vigil.local/audit+001ed06a+AaKTYVKSsafezWn4LruxHMcsw1LGL10c+RemN+rRmRmj",
                    "vigil.audit.privacy.master-key", "i/Dg2vALEAp+NfWSAl1EvnYd2OfbeB9FYlGF7Q0rCpM=",
                    "vigil.audit.export.directory", "target/it-exports",
                    "quarkus.flyway.clean-at-start", "true");
        }

        @Override
        public void stop() {
        }
    }
}
