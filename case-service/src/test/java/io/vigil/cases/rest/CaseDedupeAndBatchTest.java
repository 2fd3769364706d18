package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.report;
import static io.vigil.cases.rest.CaseFixtures.transition;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class CaseDedupeAndBatchTest {

    private static io.restassured.response.ValidatableResponse post(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/cases").then();
    }

    @Nested
    class Dedupe {

        @Test
        void aSecondReportOnAnOpenCasesSubjectAttachesToIt() {
            String subject = uniqueRef();
            String id = post(TestTokens.ivy(), report("US", subject)).statusCode(201).extract().path("id");
            post(TestTokens.lena(), report("US", subject)).statusCode(200)
                    .body("id", equalTo(id)).body("reportCount", equalTo(2))
                    .body("reporters", contains("ivy", "lena"));
        }

        @Test
        void aMoreSevereReportRaisesThePriority() {
            String subject = uniqueRef();
            post(TestTokens.ivy(), report("US", subject)).statusCode(201).body("priority", equalTo("P1"));
            post(TestTokens.ivy(), report("US", subject).replace("\"high\"", "\"critical\"")).statusCode(200)
                    .body("priority", equalTo("P0"));
        }

        @Test
        void aResolvedCaseDoesNotAttractNewReports() {
            String subject = uniqueRef();
            String id = post(TestTokens.ivy(), report("US", subject)).statusCode(201).extract().path("id");
            for (String to : new String[] {"TRIAGED", "IN_PROGRESS", "RESOLVED"}) {
                transition(TestTokens.ivy(), id, to).statusCode(200);
            }
            post(TestTokens.ivy(), report("US", subject)).statusCode(201).body("id", not(equalTo(id)));
        }

        @Test
        void anotherCategoryOpensItsOwnCase() {
            String subject = uniqueRef();
            String id = post(TestTokens.ivy(), report("US", subject)).statusCode(201).extract().path("id");
            post(TestTokens.ivy(), report("US", subject).replace("counterfeit", "fraud")).statusCode(201)
                    .body("id", not(equalTo(id)));
        }
    }

    @Nested
    class IdempotentCreation {

        @Test
        void aRetryWithTheSameKeyReturnsTheFirstResult() {
            String key = UUID.randomUUID().toString();
            String body = report("US", uniqueRef());
            String id = given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .header("Idempotency-Key", key).body(body).when().post("/api/cases")
                    .then().statusCode(201).extract().path("id");
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .header("Idempotency-Key", key).body(body).when().post("/api/cases")
                    .then().statusCode(201).body("id", equalTo(id)).body("reportCount", equalTo(1))
                    .header("Location", notNullValue());
        }

        @Test
        void reusingAKeyForAnotherRequestIsAConflict() {
            String key = UUID.randomUUID().toString();
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(report("US", uniqueRef())).when().post("/api/cases").then().statusCode(201);
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(report("US", uniqueRef())).when().post("/api/cases").then().statusCode(422)
                    .body("type", endsWith("idempotency-key-reused"));
        }

        @Test
        void anOverlongKeyIsABadRequest() {
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .header("Idempotency-Key", "k".repeat(201)).body(report("US", uniqueRef()))
                    .when().post("/api/cases").then().statusCode(400)
                    .body("errors[0].field", equalTo("Idempotency-Key"));
        }
    }

    @Nested
    class Batch {

        @Test
        void eachReportGetsItsOwnResult() {
            String subject = uniqueRef();
            String items = String.join(",", report("US", subject), report("US", subject), report("EU", uniqueRef()),
                    "{\"domain\":\"shop\"}");
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body("{\"items\":[" + items + "]}")
                    .when().post("/api/cases:batch")
                    .then().statusCode(200).body("opened", equalTo(1)).body("attached", equalTo(1))
                    .body("failed", equalTo(2)).body("items.status", contains(201, 200, 403, 400))
                    .body("items[3].errors", hasItem(org.hamcrest.Matchers.startsWith("title")));
        }

        @Test
        void moreThanAThousandReportsAreRefusedWhole() {
            String one = report("US", "L-x");
            String items = IntStream.range(0, 1001).mapToObj(i -> one).collect(Collectors.joining(","));
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body("{\"items\":[" + items + "]}")
                    .when().post("/api/cases:batch")
                    .then().statusCode(400).body("errors[0].field", equalTo("items"));
        }

        @Test
        void anAuditorCannotFileABatch() {
            given().auth().oauth2(TestTokens.aud()).contentType(ContentType.JSON)
                    .body("{\"items\":[" + report("US", uniqueRef()) + "]}")
                    .when().post("/api/cases:batch").then().statusCode(403);
        }
    }
}
