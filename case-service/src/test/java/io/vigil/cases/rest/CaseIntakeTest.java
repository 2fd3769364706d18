package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.report;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class CaseIntakeTest {

    @Nested
    class WhenTheReportIsValid {

        @Test
        void anInvestigatorOpensACaseInTheirRegion() {
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body(report("US", uniqueRef()))
                    .when().post("/api/cases")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/cases/"))
                    .header("ETag", notNullValue())
                    .body("status", equalTo("NEW"))
                    .body("ref", matchesPattern("TS-\\d{4}-\\d{6}"))
                    .body("priority", equalTo("P1"))
                    .body("severity", equalTo("high"))
                    .body("source", equalTo("user-report"))
                    .body("subjects.type", hasItem("listing"))
                    .body("createdBy", equalTo("ivy"))
                    .body("version", equalTo(0));
        }

        @Test
        void aRegulatorsCriticalReportIsPriorityZero() {
            String body = report("US", uniqueRef()).replace("\"high\"", "\"medium\"")
                    .replace("user-report", "regulator");
            given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON).body(body)
                    .when().post("/api/cases")
                    .then().statusCode(201).body("priority", equalTo("P1"));
        }
    }

    @Nested
    class WhenTheCallerMayNot {

        @Test
        void aRequestWithoutATokenIsUnauthenticated() {
            given().contentType(ContentType.JSON).body(report("US", uniqueRef()))
                    .when().post("/api/cases")
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer"))
                    .body("type", endsWith("unauthenticated"));
        }

        @Test
        void anSopAuthorCannotOpenCases() {
            given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON).body(report("US", uniqueRef()))
                    .when().post("/api/cases")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("status", equalTo(403));
        }

        @Test
        void anInvestigatorCannotFileInAnotherRegion() {
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body(report("EU", uniqueRef()))
                    .when().post("/api/cases")
                    .then().statusCode(403).body("type", endsWith("region-not-permitted"))
                    .body("detail", containsString("EU"));
        }
    }

    @Nested
    class WhenTheBodyIsWrong {

        @Test
        void malformedJsonIsAProblemNotAStackTrace() {
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).body("{\"domain\": \"shop\",")
                    .when().post("/api/cases")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", endsWith("malformed-body"))
                    .body("detail", containsString("not valid JSON"));
        }

        @Test
        void anUnknownSeverityNamesTheFieldAndTheAllowedValues() {
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .body(report("US", uniqueRef()).replace("\"high\"", "\"apocalyptic\""))
                    .when().post("/api/cases")
                    .then().statusCode(400)
                    .body("errors[0].field", equalTo("severity"))
                    .body("errors[0].message", containsString("low, medium, high, critical"))
                    .body("detail", containsString("apocalyptic"));
        }

        @Test
        void missingFieldsAreEachNamed() {
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .body("{\"domain\":\"shop\",\"region\":\"US\",\"subjects\":[{\"type\":\"account\"}]}")
                    .when().post("/api/cases")
                    .then().statusCode(400).body("type", endsWith("validation"))
                    .body("errors.field", hasItem("title"))
                    .body("errors.field", hasItem("category"))
                    .body("errors.field", hasItem("severity"))
                    .body("errors.field", hasItem("subjects[0].ref"));
        }

        @Test
        void anOversizeBodyIsRefusedWithAProblemBeforeItIsRead() {
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .body("{\"description\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}")
                    .when().post("/api/cases")
                    .then().statusCode(413).contentType("application/problem+json")
                    .body("type", endsWith("payload-too-large"));
        }

        @Test
        void theCreatedCaseReadsBackWithTheSameTimestamps() {
            String created = given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .body(report("US", uniqueRef()))
                    .when().post("/api/cases").then().statusCode(201).extract().asString();
            String id = io.restassured.path.json.JsonPath.from(created).getString("id");
            String createdAt = io.restassured.path.json.JsonPath.from(created).getString("createdAt");
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + id)
                    .then().statusCode(200).body("createdAt", equalTo(createdAt));
        }

        @Test
        void anEmptyBodyIsRefused() {
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .when().post("/api/cases")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }
}
