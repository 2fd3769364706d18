package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.define;
import static io.vigil.sop.rest.SopFixtures.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class AdoptionResourceTest {

    @Inject
    AuditRows audit;

    /** A published SOP whose audience is a team of its own, with ivy and ian on the roster. */
    private static String publishedForTeam(String team) {
        String key = uniqueKey();
        define(TestTokens.sam(), key);
        given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                .body("{\"audience\":[\"%s\"],\"reviewIntervalDays\":30,\"dataCategories\":[],\"legalBases\":[]}"
                        .formatted(team))
                .when().put("/api/sops/{key}/governance", key).then().statusCode(200);
        given().auth().oauth2(TestTokens.ada()).contentType(ContentType.JSON).body("{\"members\":[\"ivy\",\"ian\"]}")
                .when().put("/api/audiences/{a}", team).then().statusCode(200).body("members", contains("ian", "ivy"));
        VersionFixtures.published(key);
        return key;
    }

    private static String team() {
        return "team-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Nested
    class Acknowledging {

        @Test
        void theFirstAcknowledgementIsCreatedAndARepeatReturnsIt() {
            String key = publishedForTeam(team());
            String first = given().auth().oauth2(TestTokens.ivy())
                    .when().post("/api/sops/{key}/versions/1/acknowledgements", key)
                    .then().statusCode(201).body("username", equalTo("ivy")).extract().path("acknowledgedAt");
            given().auth().oauth2(TestTokens.ivy()).when().post("/api/sops/{key}/versions/1/acknowledgements", key)
                    .then().statusCode(200).body("acknowledgedAt", equalTo(first));
            assertThat(audit.actions(key).stream().filter(a -> a.equals("sop.acknowledge:success"))).hasSize(1);
        }

        @Test
        void theReportShowsWhoHasAndWhoHasNot() {
            String key = publishedForTeam(team());
            given().auth().oauth2(TestTokens.ivy()).when().post("/api/sops/{key}/versions/1/acknowledgements", key)
                    .then().statusCode(201);
            given().auth().oauth2(TestTokens.lena()).when().get("/api/sops/{key}/versions/1/adoption", key)
                    .then().statusCode(200).body("audience", equalTo(2)).body("acknowledged", equalTo(1))
                    .body("pending", equalTo(1)).body("overdue", equalTo(0)).body("dueBy", notNullValue())
                    .body("people.username", contains("ian", "ivy"))
                    .body("people[0].acknowledgedAt", nullValue());
        }
    }

    @Nested
    class Errors {

        @Test
        void aDraftCannotBeAcknowledged() {
            String key = uniqueKey();
            define(TestTokens.sam(), key);
            int n = VersionFixtures.draft(TestTokens.sam(), key, VersionFixtures.refundVersion());
            given().auth().oauth2(TestTokens.ivy()).when().post("/api/sops/{key}/versions/{n}/acknowledgements", key, n)
                    .then().statusCode(409).body("type", endsWith("version-not-published"));
        }

        @Test
        void onlyAnAdminMaintainsRosters() {
            given().auth().oauth2(TestTokens.lena()).contentType(ContentType.JSON).body("{\"members\":[\"ivy\"]}")
                    .when().put("/api/audiences/{a}", team()).then().statusCode(403);
        }

        @Test
        void aLeadReadsARosterAndAnInvestigatorCannot() {
            String team = team();
            given().auth().oauth2(TestTokens.ada()).contentType(ContentType.JSON).body("{\"members\":[\"leo\",\"ivy\"]}")
                    .when().put("/api/audiences/{a}", team).then().statusCode(200);
            given().auth().oauth2(TestTokens.lena()).when().get("/api/audiences/{a}", team)
                    .then().statusCode(200).body("members", contains("ivy", "leo"));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/audiences/{a}", team).then().statusCode(403);
        }

        @Test
        void aRosterNameMustLookLikeAUserName() {
            given().auth().oauth2(TestTokens.ada()).contentType(ContentType.JSON).body("{\"members\":[\"a b\"]}")
                    .when().put("/api/audiences/{a}", team()).then().statusCode(400);
        }

        @Test
        void theTicketbotCannotAcknowledgeOrReadAdoption() {
            String key = publishedForTeam(team());
            String bot = TestTokens.token("service-account-ticketbot", Set.of("sop-reader"), List.of());
            given().auth().oauth2(bot).when().post("/api/sops/{key}/versions/1/acknowledgements", key)
                    .then().statusCode(403);
            given().auth().oauth2(bot).when().get("/api/sops/{key}/versions/1/adoption", key).then().statusCode(403);
        }
    }
}
