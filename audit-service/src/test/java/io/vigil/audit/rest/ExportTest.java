package io.vigil.audit.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.audit.rest.AuditFixtures.awaitCheckpointed;
import static io.vigil.audit.rest.AuditFixtures.batch;
import static io.vigil.audit.rest.AuditFixtures.ingest;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.audit.verify.bundle.BundleVerifier;
import io.vigil.audit.verify.bundle.VerificationReport;
import io.vigil.audit.verify.note.VerifierKey;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "audit_test"))
class ExportTest {

    @Nested
    class Bundle {

        @Test
        void anExportedBundleVerifiesOfflineAndAHandEditedCopyDoesNot() throws Exception {
            List<Map<String, Object>> events = batch("export-" + UUID.randomUUID(), 4);
            ingest(events).statusCode(202);
            awaitCheckpointed(events.get(3).get("eventId"));
            VerifierKey key = VerifierKey.parse(given().get("/api/audit/public-key").then().extract().asString().trim());

            String id = given().auth().oauth2(TestTokens.aud()).contentType(ContentType.JSON)
                    .body(Map.of("from", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                            "to", Instant.now().plus(1, ChronoUnit.HOURS).toString()))
                    .post("/api/audit/exports").then().statusCode(202).extract().jsonPath().getString("id");
            awaitDone(id);
            byte[] zip = given().auth().oauth2(TestTokens.aud()).get("/api/audit/exports/" + id + "/bundle")
                    .then().statusCode(200).contentType("application/zip").extract().asByteArray();

            Path bundle = Files.createTempFile("bundle", ".zip");
            Files.write(bundle, zip);
            VerificationReport report = BundleVerifier.pinnedTo(key).verify(bundle);
            assertThat(report.verified()).as(report.toString()).isTrue();
            assertThat(report.events()).isGreaterThanOrEqualTo(4);

            Path edited = Files.createTempFile("edited", ".zip");
            Files.write(edited, editEvents(zip));
            assertThat(BundleVerifier.pinnedTo(key).verify(edited).verified()).isFalse();
        }

        @Test
        void aBundleIsNotServedBeforeItExists() {
            given().auth().oauth2(TestTokens.aud()).get("/api/audit/exports/" + UUID.randomUUID() + "/bundle")
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Nested
    class Requests {

        @Test
        void fromMustBeBeforeTo() {
            given().auth().oauth2(TestTokens.aud()).contentType(ContentType.JSON)
                    .body(Map.of("from", "2026-02-01T00:00:00Z", "to", "2026-01-01T00:00:00Z"))
                    .post("/api/audit/exports").then().statusCode(400).contentType("application/problem+json");
        }

        @Test
        void investigatorsCannotExport() {
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .body(Map.of("from", "2026-01-01T00:00:00Z", "to", "2026-02-01T00:00:00Z"))
                    .post("/api/audit/exports").then().statusCode(403);
        }
    }

    private static void awaitDone(String id) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String status = given().auth().oauth2(TestTokens.aud()).get("/api/audit/exports/" + id)
                    .then().statusCode(200).extract().jsonPath().getString("status");
            if ("DONE".equals(status)) {
                return;
            }
            assertThat(status).isEqualTo("RUNNING");
            Thread.sleep(100);
        }
        throw new AssertionError("export " + id + " did not finish");
    }

    /** Copies the zip, changing the region of the first event, as someone editing the NDJSON by hand would. */
    private static byte[] editEvents(byte[] zip) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("events.ndjson")) {
                    content = new String(content, StandardCharsets.UTF_8).replaceFirst("\"region\":\"US\"", "\"region\":\"EU\"")
                            .getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                ((OutputStream) copy).write(content);
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
