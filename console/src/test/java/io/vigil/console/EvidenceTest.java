package io.vigil.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.vigil.console.CaseFixtures.CASE_ID;
import static io.vigil.console.CaseFixtures.EVIDENCE_ID;
import static io.vigil.console.CaseServiceStubs.BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.vigil.testkit.TestTokens;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Evidence through the console: uploads and URLs go to case-service, and every look at a file is fetched from it. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeCaseService.class)
class EvidenceTest {

    private static final String PAGE = "/cases/" + CASE_ID;
    private static final String CONTENT = BASE + "/evidence/" + EVIDENCE_ID + "/content";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @OidcWireMock
    WireMockServer oidc;

    @FakeCaseService.Stub
    WireMockServer caseService;

    @BeforeEach
    void caseOnFile() {
        caseService.resetAll();
        CaseServiceStubs.caseFile(caseService, "IN_PROGRESS", "ivy");
    }

    private Map<String, String> session() {
        return SignIn.as(oidc, TestTokens.ivy());
    }

    private void content(String type, String name, byte[] bytes) {
        caseService.stubFor(get(urlPathEqualTo(CONTENT)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", type).withHeader("Content-Disposition", "attachment; filename=\"" + name
                        + "\"").withHeader("Repr-Digest", "sha-256=:abc=:").withBody(bytes)));
    }

    @Nested
    class Adding {

        @Test
        void aFileIsPassedOnAsMultipartWithItsNameTypeAndDescription() {
            caseService.stubFor(post(urlPathEqualTo(BASE + "/evidence")).willReturn(aResponse().withStatus(201)
                    .withHeader("Content-Type", "application/json").withBody("{}")));

            given().cookies(session()).redirects().follow(false)
                    .multiPart("file", "chat.png", PNG, "image/png").multiPart("description", "Chat with the seller")
                    .when().post(PAGE + "/evidence")
                    .then().statusCode(303).header("Location", endsWith("?done=evidence"));

            caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/evidence"))
                    .withHeader("Content-Type", containing("multipart/form-data"))
                    .withRequestBodyPart(aMultipart("file").withHeader("Content-Disposition",
                            containing("filename=\"chat.png\"")).withHeader("Content-Type", containing("image/png"))
                            .build())
                    .withRequestBodyPart(aMultipart("description").withBody(WireMock.equalTo("Chat with the seller"))
                            .build()));
        }

        @Test
        void aFileAboveTheLimitIsRefusedBeforeItReachesCaseService() {
            given().cookies(session()).redirects().follow(false)
                    .multiPart("file", "big.bin", new byte[70 * 1024], "application/octet-stream")
                    .when().post(PAGE + "/evidence")
                    .then().statusCode(400).body(containsString("evidence files may have at most"));

            caseService.verify(0, postRequestedFor(urlPathEqualTo(BASE + "/evidence")));
        }

        @Test
        void caseServicesOwnSizeLimitIsShownInWords() {
            caseService.stubFor(post(urlPathEqualTo(BASE + "/evidence")).willReturn(aResponse().withStatus(413)
                    .withHeader("Content-Type", "application/problem+json").withBody(CaseFixtures.problem(413,
                            "payload-too-large", "Payload too large", "The file exceeds 3145728 bytes"))));

            given().cookies(session()).redirects().follow(false)
                    .multiPart("file", "a.txt", "hello".getBytes(StandardCharsets.UTF_8), "text/plain")
                    .when().post(PAGE + "/evidence")
                    .then().statusCode(413).body(containsString("The file exceeds 3145728 bytes"));
        }

        @Test
        void aUrlIsSentAsJson() {
            caseService.stubFor(post(urlPathEqualTo(BASE + "/evidence")).willReturn(aResponse().withStatus(201)
                    .withHeader("Content-Type", "application/json").withBody("{}")));

            given().cookies(session()).redirects().follow(false)
                    .formParams(Map.of("url", "https://shop.example/l/123", "name", "Listing", "description", ""))
                    .when().post(PAGE + "/evidence/url").then().statusCode(303);

            caseService.verify(postRequestedFor(urlPathEqualTo(BASE + "/evidence")).withRequestBody(equalToJson(
                    "{\"url\":\"https://shop.example/l/123\",\"name\":\"Listing\",\"description\":null}")));
        }

        @Test
        void somethingThatIsNoWebAddressIsRefusedWithTheTextKept() {
            given().cookies(session()).redirects().follow(false).formParams(Map.of("url", "javascript:alert(1)"))
                    .when().post(PAGE + "/evidence/url").then().statusCode(400)
                    .body(containsString("Give an http or https address"), containsString("javascript:alert(1)"));
        }
    }

    @Nested
    class Looking {

        @Test
        void anImageIsServedInlineFromCaseServiceWithTheUsersTokenAndNoScriptOrCaching() {
            String token = TestTokens.ivy();
            content("image/png", "listing.png", PNG);

            Response image = given().cookies(SignIn.as(oidc, token)).when().get(PAGE + "/evidence/" + EVIDENCE_ID + "/content");

            image.then().statusCode(200).contentType("image/png")
                    .header("Content-Disposition", startsWith("inline; filename=\"listing.png\""))
                    .header("Content-Security-Policy", containsString("sandbox"))
                    .header("Cache-Control", equalTo("private, no-store"))
                    .header("Repr-Digest", equalTo("sha-256=:abc=:"));
            assertThat(image.asByteArray()).isEqualTo(PNG);
            caseService.verify(getRequestedFor(urlPathEqualTo(CONTENT)).withHeader("Authorization",
                    WireMock.equalTo("Bearer " + token)));
        }

        @Test
        void aDownloadIsAlwaysAnAttachment() {
            content("image/png", "listing.png", PNG);

            given().cookies(session()).when().get(PAGE + "/evidence/" + EVIDENCE_ID + "/content?download=true")
                    .then().statusCode(200).header("Content-Disposition", startsWith("attachment;"));
        }

        @Test
        void anSvgOrHtmlFileIsNeverShownInline() {
            content("image/svg+xml", "x.svg", "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8));

            given().cookies(session()).when().get(PAGE + "/evidence/" + EVIDENCE_ID + "/content")
                    .then().statusCode(200).header("Content-Disposition", startsWith("attachment;"));
        }

        @Test
        void evidenceCaseServiceDoesNotKnowIsANotFoundPage() {
            caseService.stubFor(get(urlPathEqualTo(CONTENT)).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(CaseFixtures.problem(404, "not-found", "Not Found", "Evidence not found"))));

            given().cookies(session()).when().get(PAGE + "/evidence/" + EVIDENCE_ID + "/content")
                    .then().statusCode(404).contentType(containsString("text/html"))
                    .body(containsString("Case not found"));
        }
    }
}
