package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.open;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.vigil.cases.evidence.Upload;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class EvidenceTest {

    private static final byte[] SCREENSHOT = "PNG-ish bytes of a counterfeit listing".getBytes(StandardCharsets.UTF_8);

    @Inject
    AuditRows auditRows;

    /** rest-assured otherwise appends "; charset=ISO-8859-1" to binary types, which the service would store. */
    static final RestAssuredConfig AS_GIVEN = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
            .appendDefaultContentCharsetToContentTypeIfUndefined(false));

    static String uploadRaw(String token, String caseId, byte[] bytes) {
        return given().config(AS_GIVEN).auth().oauth2(token).contentType("image/png").queryParam("name", "listing.png")
                .body(bytes).when().post("/api/cases/" + caseId + "/evidence")
                .then().statusCode(201).extract().path("id");
    }

    @Nested
    class Collecting {

        @Test
        void aRawUploadIsStoredWithItsHashSizeAndMediaType() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().config(AS_GIVEN).auth().oauth2(TestTokens.ivy()).contentType("image/png")
                    .queryParam("name", "listing.png").body(SCREENSHOT).when().post("/api/cases/" + id + "/evidence")
                    .then().statusCode(201).body("kind", equalTo("FILE")).body("name", equalTo("listing.png"))
                    .body("mediaType", equalTo("image/png")).body("sizeBytes", equalTo(SCREENSHOT.length))
                    .body("sha256", equalTo(Upload.sha256(SCREENSHOT))).body("addedBy", equalTo("ivy"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + id + "/timeline")
                    .then().body("items.kind", hasItem("evidence"));
            assertThat(auditRows.about(id)).anyMatch(e -> e.contains("\"evidence.collect\""));
        }

        @Test
        void aMultipartUploadKeepsTheFileNameAndDescription() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ivy()).multiPart("file", "chat.txt", SCREENSHOT, "text/plain")
                    .multiPart("description", "seller chat export")
                    .when().post("/api/cases/" + id + "/evidence")
                    .then().statusCode(201).body("name", equalTo("chat.txt")).body("mediaType", equalTo("text/plain"))
                    .body("description", equalTo("seller chat export"))
                    .body("sha256", equalTo(Upload.sha256(SCREENSHOT)));
        }

        @Test
        void aUrlIsKeptWithoutAFile() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .body("{\"url\":\"https://shop.example/listing/123\",\"name\":\"listing page\"}")
                    .when().post("/api/cases/" + id + "/evidence")
                    .then().statusCode(201).body("kind", equalTo("URL")).body("sha256", nullValue())
                    .body("url", equalTo("https://shop.example/listing/123"));
        }

        @Test
        void anUploadOverTheConfiguredLimitIs413AndStoresNothing() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ivy()).contentType("application/octet-stream")
                    .queryParam("name", "big.bin").body(new byte[3 * 1024 * 1024 + 1])
                    .when().post("/api/cases/" + id + "/evidence")
                    .then().statusCode(413).body("type", endsWith("payload-too-large"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + id + "/evidence")
                    .then().statusCode(200).body("items.size()", equalTo(0));
        }

        @Test
        void aFileLargerThanTheJsonBodyLimitButWithinTheEvidenceLimitIsAccepted() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ivy()).contentType("video/mp4").queryParam("name", "stream.mp4")
                    .body(new byte[5 * 512 * 1024]).when().post("/api/cases/" + id + "/evidence")
                    .then().statusCode(201).body("sizeBytes", equalTo(5 * 512 * 1024));
        }

        @Test
        void aRawUploadWithoutANameOrAJsonBodyWithoutAUrlIs400() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ivy()).contentType("image/png").body(SCREENSHOT)
                    .when().post("/api/cases/" + id + "/evidence")
                    .then().statusCode(400).body("errors[0].field", equalTo("name"));
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body("{\"url\":\"ftp://x\"}")
                    .when().post("/api/cases/" + id + "/evidence")
                    .then().statusCode(400).body("errors[0].field", equalTo("url"));
        }

        @Test
        void evidenceOnACaseInAnotherRegionIsNotFoundAndTheAttemptAudited() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ian()).contentType("image/png").queryParam("name", "x.png")
                    .body(SCREENSHOT).when().post("/api/cases/" + id + "/evidence").then().statusCode(404);
            assertThat(auditRows.about(id)).anyMatch(e -> e.contains("\"evidence.collect\"")
                    && e.contains("\"denied\""));
        }

        @Test
        void anSopAuthorMayNotCollectEvidence() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.sam()).contentType("image/png").queryParam("name", "x.png")
                    .body(SCREENSHOT).when().post("/api/cases/" + id + "/evidence").then().statusCode(403);
        }
    }

    @Nested
    class Reading {

        @Test
        void aDownloadReturnsTheBytesWithTheirDigestAndIsOnTheChainOfCustody() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            String evidence = uploadRaw(TestTokens.ivy(), id, SCREENSHOT);
            byte[] body = given().auth().oauth2(TestTokens.lena()).when()
                    .get("/api/cases/" + id + "/evidence/" + evidence + "/content")
                    .then().statusCode(200).contentType("image/png")
                    .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(
                            HexFormat.of().parseHex(Upload.sha256(SCREENSHOT))) + ":")
                    .extract().asByteArray();
            assertThat(body).isEqualTo(SCREENSHOT);
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + id + "/evidence/" + evidence)
                    .then().statusCode(200).body("id", equalTo(evidence));
            given().auth().oauth2(TestTokens.ivy()).when()
                    .get("/api/cases/" + id + "/evidence/" + evidence + "/custody")
                    .then().statusCode(200).body("items.action", contains("COLLECT", "DOWNLOAD", "VIEW"))
                    .body("items.actor", contains("ivy", "lena", "ivy"))
                    .body("items[1].sha256", equalTo(Upload.sha256(SCREENSHOT)));
            assertThat(auditRows.about(id)).anyMatch(e -> e.contains("\"evidence.download\"") && e.contains(evidence))
                    .anyMatch(e -> e.contains("\"evidence.view\""));
        }

        @Test
        void listingEvidenceIsAViewOfEachItem() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            String evidence = uploadRaw(TestTokens.ivy(), id, SCREENSHOT);
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + id + "/evidence")
                    .then().statusCode(200).body("items.id", contains(evidence));
            given().auth().oauth2(TestTokens.ivy()).when()
                    .get("/api/cases/" + id + "/evidence/" + evidence + "/custody")
                    .then().body("items.action", contains("COLLECT", "VIEW"));
        }

        @Test
        void aUrlHasNoFileForDownload() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            String evidence = given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .body("{\"url\":\"https://shop.example/l/9\"}").when().post("/api/cases/" + id + "/evidence")
                    .then().statusCode(201).extract().path("id");
            given().auth().oauth2(TestTokens.ivy()).when()
                    .get("/api/cases/" + id + "/evidence/" + evidence + "/content")
                    .then().statusCode(409).body("type", endsWith("evidence-is-url"));
        }

        @Test
        void evidenceIsNotFoundOutsideTheCallersRegionsOrOnAnotherCase() {
            String id = open(TestTokens.ivy(), "US", uniqueRef());
            String other = open(TestTokens.ivy(), "US", uniqueRef());
            String evidence = uploadRaw(TestTokens.ivy(), id, SCREENSHOT);
            given().auth().oauth2(TestTokens.ian()).when()
                    .get("/api/cases/" + id + "/evidence/" + evidence + "/content")
                    .then().statusCode(404);
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + other + "/evidence/" + evidence)
                    .then().statusCode(404);
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + id + "/evidence/" + UUID.randomUUID())
                    .then().statusCode(404);
            given().auth().oauth2(TestTokens.ivy()).when()
                    .get("/api/cases/" + id + "/evidence/" + evidence + "/custody")
                    .then().body("items.action", contains("COLLECT"));
        }
    }
}
