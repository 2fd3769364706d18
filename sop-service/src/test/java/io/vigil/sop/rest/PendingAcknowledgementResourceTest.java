package io.vigil.sop.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.sop.rest.SopFixtures.define;
import static io.vigil.sop.rest.SopFixtures.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vigil.kit.page.Cursor;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Publishing asks the audience to acknowledge; GET /api/sops/acknowledgements/pending shows each person what they
 * still owe. Every test uses people, roles and teams of its own, so what other tests publish never shows up.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "sop_test"))
class PendingAcknowledgementResourceTest {

    @Inject
    AuditRows audit;

    @Inject
    DataSource dataSource;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Someone whose only shared role (auditor) is nobody's audience in these tests. */
    private static String token(String user, String... roles) {
        Set<String> all = new HashSet<>(List.of(roles));
        all.add("auditor");
        return TestTokens.token(user, all, List.of("US"));
    }

    private static String governed(String audience) {
        String key = uniqueKey();
        define(TestTokens.sam(), key);
        given().auth().oauth2(TestTokens.sam()).contentType(ContentType.JSON)
                .body("{\"audience\":[\"%s\"],\"reviewIntervalDays\":30,\"dataCategories\":[],\"legalBases\":[]}"
                        .formatted(audience))
                .when().put("/api/sops/{key}/governance", key).then().statusCode(200);
        return key;
    }

    private static void roster(String team, String... members) {
        given().auth().oauth2(TestTokens.ada()).contentType(ContentType.JSON)
                .body("{\"members\":[\"" + String.join("\",\"", members) + "\"]}")
                .when().put("/api/audiences/{a}", team).then().statusCode(200);
    }

    private static ValidatableResponse pending(String token) {
        return given().auth().oauth2(token).when().get("/api/sops/acknowledgements/pending").then();
    }

    private static void acknowledge(String token, String key, int number) {
        given().auth().oauth2(token).when().post("/api/sops/{key}/versions/{n}/acknowledgements", key, number)
                .then().statusCode(201);
    }

    @Nested
    class Asking {

        @Test
        void theTeamIsAskedWhenTheVersionIsPublished() {
            String team = unique("team");
            String alice = unique("alice");
            roster(team, alice, unique("bob"));
            String key = governed(team);
            VersionFixtures.published(key);
            pending(token(alice)).statusCode(200).body("items.sop", contains(key))
                    .body("items[0].version", equalTo(1)).body("items[0].audiences", contains(team))
                    .body("items[0].overdue", equalTo(false)).body("nextCursor", nullValue());
            String from = pending(token(alice)).extract().path("items[0].effectiveFrom");
            String dueBy = pending(token(alice)).extract().path("items[0].dueBy");
            assertThat(Duration.between(Instant.parse(from), Instant.parse(dueBy))).isEqualTo(Duration.ofDays(14));
        }

        @Test
        void whoeverHoldsARoleInTheAudienceIsAskedWithoutARoster() {
            String role = unique("role");
            String key = governed(role);
            VersionFixtures.published(key);
            pending(token(unique("carol"), role)).statusCode(200).body("items.sop", contains(key));
            pending(token(unique("dave"))).statusCode(200).body("items", empty());
        }

        @Test
        void someoneWhoJoinsTheTeamAfterPublicationIsAskedToo() {
            String team = unique("team");
            String alice = unique("alice");
            String erin = unique("erin");
            roster(team, alice);
            String key = governed(team);
            VersionFixtures.published(key);
            pending(token(erin)).statusCode(200).body("items", empty());
            roster(team, alice, erin);
            pending(token(erin)).statusCode(200).body("items.sop", contains(key));
        }

        @Test
        void anAcknowledgedVersionIsNoLongerPendingForThatPersonOnly() {
            String team = unique("team");
            String alice = unique("alice");
            String bob = unique("bob");
            roster(team, alice, bob);
            String key = governed(team);
            VersionFixtures.published(key);
            acknowledge(token(alice), key, 1);
            pending(token(alice)).statusCode(200).body("items", empty());
            pending(token(bob)).statusCode(200).body("items.sop", contains(key));
        }

        @Test
        void aScheduledVersionIsAskedForWhenItTakesEffect() throws InterruptedException {
            String team = unique("team");
            String alice = unique("alice");
            roster(team, alice);
            String key = governed(team);
            VersionFixtures.published(key);
            acknowledge(token(alice), key, 1);
            int second = VersionFixtures.approved(key);
            Instant switchAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
            given().auth().oauth2(TestTokens.sara()).contentType(ContentType.JSON)
                    .body("{\"effectiveFrom\":\"" + switchAt + "\"}")
                    .when().post("/api/sops/{key}/versions/{n}/publish", key, second).then().statusCode(200);
            pending(token(alice)).statusCode(200).body("items", empty());
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), switchAt).toMillis() + 50));
            pending(token(alice)).statusCode(200).body("items.sop", contains(key))
                    .body("items[0].version", equalTo(second))
                    .body("items[0].effectiveFrom", equalTo(switchAt.toString()));
        }

        @Test
        void publishingRecordsWhoWasAskedAndAnAuditEventWithoutTheirNames() throws SQLException {
            String team = unique("team");
            String alice = unique("alice");
            String bob = unique("bob");
            roster(team, alice, bob);
            String key = governed(team);
            VersionFixtures.published(key);
            assertThat(askedFor(key)).containsExactlyInAnyOrder(team + ":", team + ":" + alice, team + ":" + bob);
            List<JsonNode> events = audit.aboutSop(key).stream()
                    .filter(e -> e.path("action").asText().equals("sop.acknowledgement.request")).toList();
            assertThat(events).hasSize(1);
            JsonNode event = events.get(0);
            assertThat(event.path("target").path("id").asText()).isEqualTo(key + "/1");
            assertThat(event.path("changes").findValuesAsText("after")).contains(team, "2");
            assertThat(event.toString()).doesNotContain(alice).doesNotContain(bob);
        }
    }

    @Nested
    class Listing {

        @Test
        void pagesFollowTheOrderInWhichVersionsTookEffect() {
            String team = unique("team");
            String alice = unique("alice");
            roster(team, alice);
            String first = governed(team);
            VersionFixtures.published(first);
            String second = governed(team);
            VersionFixtures.published(second);
            String cursor = given().auth().oauth2(token(alice)).queryParam("limit", 1)
                    .when().get("/api/sops/acknowledgements/pending").then().statusCode(200)
                    .body("items.sop", contains(first)).body("nextCursor", notNullValue())
                    .extract().path("nextCursor");
            given().auth().oauth2(token(alice)).queryParam("limit", 1).queryParam("cursor", cursor)
                    .when().get("/api/sops/acknowledgements/pending").then().statusCode(200)
                    .body("items.sop", contains(second)).body("nextCursor", nullValue());
        }

        @Test
        void aCursorThisApiDidNotIssueIsRefused() {
            for (String cursor : List.of("not-a-cursor", Cursor.encode("yesterday|shop.x"))) {
                given().auth().oauth2(token(unique("frank"))).queryParam("cursor", cursor)
                        .when().get("/api/sops/acknowledgements/pending").then().statusCode(400)
                        .body("errors[0].field", equalTo("cursor"));
            }
        }

        @Test
        void aPageLargerThanFiveHundredIsRefused() {
            given().auth().oauth2(token(unique("frank"))).queryParam("limit", 501)
                    .when().get("/api/sops/acknowledgements/pending").then().statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
        }

        @Test
        void theTicketbotHasNothingToAcknowledge() {
            pending(VersionFixtures.ticketbot()).statusCode(403);
        }

        @Test
        void withoutATokenNothingIsListed() {
            given().when().get("/api/sops/acknowledgements/pending").then().statusCode(401);
        }
    }

    /** "audience:username" for every request recorded for version 1 of the SOP ("audience:" for the audience). */
    private List<String> askedFor(String key) throws SQLException {
        try (var c = dataSource.getConnection(); var select = c.prepareStatement("SELECT r.audience, r.username"
                + " FROM sop_acknowledgement_request r JOIN sop s ON s.id = r.sop_id WHERE s.key = ?"
                + " AND r.sop_version = 1")) {
            select.setString(1, key);
            List<String> asked = new java.util.ArrayList<>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    asked.add(rows.getString(1) + ":" + (rows.getString(2) == null ? "" : rows.getString(2)));
                }
            }
            return asked;
        }
    }
}
