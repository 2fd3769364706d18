package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.open;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class BulkTest {

    @Inject
    AuditRows auditRows;

    static io.restassured.response.ValidatableResponse bulk(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/cases:bulk").then();
    }

    static String ids(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    @Nested
    class Applying {

        @Test
        void aTransitionAppliesToEachCaseAndReportsEachOneSeparately() {
            String a = open(TestTokens.ivy(), "US", uniqueRef());
            String b = open(TestTokens.ivy(), "US", uniqueRef());
            CaseFixtures.transition(TestTokens.ivy(), b, "TRIAGED").statusCode(200);
            bulk(TestTokens.ivy(), "{\"action\":\"transition\",\"to\":\"TRIAGED\",\"reason\":\"sweep\",\"ids\":"
                    + ids(a, b) + "}").statusCode(200).body("ok", equalTo(1)).body("failed", equalTo(1))
                    .body("items.id", contains(a, b)).body("items.status", contains(200, 409))
                    .body("items[1].type", equalTo("illegal-transition")).body("items[0].version", equalTo(1));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + a)
                    .then().body("status", equalTo("TRIAGED"));
            assertThat(auditRows.about(a)).anyMatch(e -> e.contains("\"case.transition\"") && e.contains("sweep"));
            assertThat(auditRows.about(b)).anyMatch(e -> e.contains("\"denied\"") && e.contains("illegal-transition"));
        }

        @Test
        void aLeadAssignsAndLabelsASelection() {
            String a = open(TestTokens.ivy(), "US", uniqueRef());
            String b = open(TestTokens.ivy(), "US", uniqueRef());
            bulk(TestTokens.lena(), "{\"action\":\"assign\",\"assignee\":\"ivy\",\"ids\":" + ids(a, b) + "}")
                    .statusCode(200).body("ok", equalTo(2));
            bulk(TestTokens.lena(), "{\"action\":\"label\",\"label\":\"ring-7\",\"ids\":" + ids(a, b, a) + "}")
                    .statusCode(200).body("items.id", contains(a, b)).body("ok", equalTo(2));
            given().auth().oauth2(TestTokens.ivy()).queryParam("label", "ring-7").queryParam("assignee", "ivy")
                    .when().get("/api/cases").then().body("items.id", org.hamcrest.Matchers.hasItems(a, b));
            bulk(TestTokens.lena(), "{\"action\":\"unlabel\",\"label\":\"ring-7\",\"ids\":" + ids(a) + "}")
                    .statusCode(200).body("ok", equalTo(1));
        }

        @Test
        void anInvestigatorCannotAssignOthersAndCasesOutsideTheirRegionsAreNotFound() {
            String us = open(TestTokens.ivy(), "US", uniqueRef());
            String eu = open(TestTokens.ian(), "EU", uniqueRef());
            bulk(TestTokens.ivy(), "{\"action\":\"assign\",\"assignee\":\"ian\",\"ids\":" + ids(us, eu) + "}")
                    .statusCode(200).body("items.status", contains(403, 404))
                    .body("items.type", contains("assign-forbidden", "not-found"));
            given().auth().oauth2(TestTokens.ian()).when().get("/api/cases/" + eu)
                    .then().body("assignee", equalTo(null));
        }
    }

    @Nested
    class Refusing {

        @Test
        void aSelectionOfMoreThan500IdsIsRefusedBeforeAnythingChanges() {
            StringBuilder distinct = new StringBuilder("[");
            for (int i = 0; i < 501; i++) {
                distinct.append(i == 0 ? "" : ",").append('"').append(UUID.randomUUID()).append('"');
            }
            bulk(TestTokens.lena(), "{\"action\":\"label\",\"label\":\"x\",\"ids\":" + distinct + "]}")
                    .statusCode(400).body("errors[0].field", equalTo("ids"));
        }

        @Test
        void anActionWithoutItsFieldsOrAnUnknownActionIs400() {
            String a = open(TestTokens.ivy(), "US", uniqueRef());
            bulk(TestTokens.ivy(), "{\"action\":\"transition\",\"ids\":" + ids(a) + "}").statusCode(400)
                    .body("errors[0].field", equalTo("to"));
            bulk(TestTokens.ivy(), "{\"action\":\"label\",\"label\":\"Not A Label\",\"ids\":" + ids(a) + "}")
                    .statusCode(400).body("errors[0].field", equalTo("label"));
            bulk(TestTokens.ivy(), "{\"action\":\"delete\",\"ids\":" + ids(a) + "}").statusCode(400);
            bulk(TestTokens.ivy(), "{\"action\":\"label\",\"label\":\"x\",\"ids\":[]}").statusCode(400)
                    .body("errors[0].field", equalTo("ids"));
        }

        @Test
        void anSopAuthorMayNotActInBulk() {
            bulk(TestTokens.sam(), "{\"action\":\"label\",\"label\":\"x\",\"ids\":" + ids(UUID.randomUUID().toString())
                    + "}").statusCode(403);
        }
    }
}
