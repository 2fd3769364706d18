package io.vigil.cases.rest;

import static io.restassured.RestAssured.given;
import static io.vigil.cases.rest.CaseFixtures.open;
import static io.vigil.cases.rest.CaseFixtures.uniqueRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.vigil.testkit.TestDatabase;
import io.vigil.testkit.TestTokens;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "name", value = "case_test"))
class LinkAndGroupTest {

    @Inject
    AuditRows auditRows;

    static io.restassured.response.ValidatableResponse link(String token, String from, String type, String to) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"type\":\"" + type + "\",\"caseId\":\"" + to + "\"}")
                .when().post("/api/cases/" + from + "/links").then();
    }

    static String group(String token, String region, String memberRef) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"name":"Ring %s","region":"%s","members":[{"type":"account","ref":"%s"}]}
                """.formatted(memberRef, region, memberRef)).when().post("/api/account-groups")
                .then().statusCode(201).extract().path("id");
    }

    @Nested
    class Links {

        @Test
        void aLinkIsSeenFromBothEndsWithTheInverseType() {
            String child = open(TestTokens.ivy(), "US", uniqueRef());
            String parent = open(TestTokens.ivy(), "US", uniqueRef());
            link(TestTokens.ivy(), child, "CHILD_OF", parent).statusCode(201).body("type", equalTo("CHILD_OF"))
                    .body("caseId", equalTo(parent));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + parent + "/links")
                    .then().statusCode(200).body("items.type", contains("PARENT_OF"))
                    .body("items.caseId", contains(child));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + child + "/timeline")
                    .then().body("items.kind", hasItem("link"));
            assertThat(auditRows.about(parent)).anyMatch(e -> e.contains("\"case.link\""));
            assertThat(auditRows.about(child)).anyMatch(e -> e.contains("\"case.link\""));
        }

        @Test
        void twoCasesAreLinkedOnceWhicheverWayAndNeverToThemselves() {
            String a = open(TestTokens.ivy(), "US", uniqueRef());
            String b = open(TestTokens.ivy(), "US", uniqueRef());
            link(TestTokens.ivy(), a, "DUPLICATE_OF", b).statusCode(201);
            link(TestTokens.ivy(), b, "RELATED", a).statusCode(409).body("type", endsWith("link-exists"));
            link(TestTokens.ivy(), a, "RELATED", a).statusCode(400).body("errors[0].field", equalTo("caseId"));
            link(TestTokens.ivy(), a, "SIBLING", b).statusCode(400);
        }

        @Test
        void aLinkIsRemovedFromBothEnds() {
            String a = open(TestTokens.ivy(), "US", uniqueRef());
            String b = open(TestTokens.ivy(), "US", uniqueRef());
            String linkId = link(TestTokens.ivy(), a, "RELATED", b).statusCode(201).extract().path("id");
            given().auth().oauth2(TestTokens.ivy()).when().delete("/api/cases/" + b + "/links/" + linkId)
                    .then().statusCode(204);
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + a + "/links")
                    .then().body("items", empty());
            given().auth().oauth2(TestTokens.ivy()).when().delete("/api/cases/" + b + "/links/" + linkId)
                    .then().statusCode(404);
        }

        @Test
        void linksReachOnlyCasesTheCallerMaySee() {
            String us = open(TestTokens.ivy(), "US", uniqueRef());
            String eu = open(TestTokens.ian(), "EU", uniqueRef());
            link(TestTokens.ivy(), us, "RELATED", eu).statusCode(404);
            link(TestTokens.lena(), us, "RELATED", eu).statusCode(201);
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + us + "/links")
                    .then().statusCode(200).body("items", empty());
            given().auth().oauth2(TestTokens.lena()).when().get("/api/cases/" + us + "/links")
                    .then().body("items.caseId", contains(eu));
            given().auth().oauth2(TestTokens.ian()).when().get("/api/cases/" + us + "/links").then().statusCode(404);
        }
    }

    @Nested
    class AccountGroups {

        @Test
        void aGroupIsDefinedReferencedByCasesAndShowsThem() {
            String ref = "A-" + UUID.randomUUID();
            String groupId = group(TestTokens.ivy(), "US", ref);
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ivy()).when().put("/api/cases/" + kase + "/account-groups/" + groupId)
                    .then().statusCode(200).body("caseIds", contains(kase));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/account-groups/" + groupId)
                    .then().statusCode(200).body("members.ref", contains(ref)).body("caseIds", contains(kase));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + kase + "/account-groups")
                    .then().body("items.id", contains(groupId));
            given().auth().oauth2(TestTokens.ivy()).queryParam("subject", ref).when().get("/api/account-groups")
                    .then().body("items.id", contains(groupId));
            given().auth().oauth2(TestTokens.ivy()).when().get("/api/cases/" + kase + "/timeline")
                    .then().body("items.kind", hasItem("account-group"));
            assertThat(auditRows.about(groupId)).anyMatch(e -> e.contains("\"account-group.create\""));
            assertThat(auditRows.about(kase)).anyMatch(e -> e.contains("\"case.group-attach\""));
        }

        @Test
        void membersAreAddedAndRemovedUnderIfMatch() {
            String groupId = group(TestTokens.ivy(), "US", "A-" + UUID.randomUUID());
            String second = "A-" + UUID.randomUUID();
            String body = "{\"subject\":{\"type\":\"account\",\"ref\":\"" + second + "\"}}";
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                    .when().post("/api/account-groups/" + groupId + "/members")
                    .then().statusCode(200).body("members.size()", equalTo(2)).header("ETag", "\"1\"");
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body.replace("}}", "},\"remove\":true}"))
                    .when().post("/api/account-groups/" + groupId + "/members").then().statusCode(412);
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .body(body.replace("}}", "},\"remove\":true}"))
                    .when().post("/api/account-groups/" + groupId + "/members")
                    .then().statusCode(200).body("members.size()", equalTo(1));
            assertThat(auditRows.about(groupId)).anyMatch(e -> e.contains("\"account-group.member-add\""))
                    .anyMatch(e -> e.contains("\"account-group.member-remove\""))
                    .anyMatch(e -> e.contains("\"stale-version\""));
        }

        @Test
        void aGroupOutsideTheCallersRegionsIsNotFoundAndCannotBeCreated() {
            String groupId = group(TestTokens.ivy(), "US", "A-" + UUID.randomUUID());
            given().auth().oauth2(TestTokens.ian()).when().get("/api/account-groups/" + groupId).then().statusCode(404);
            String eu = open(TestTokens.ian(), "EU", uniqueRef());
            given().auth().oauth2(TestTokens.ian()).when().put("/api/cases/" + eu + "/account-groups/" + groupId)
                    .then().statusCode(404);
            given().auth().oauth2(TestTokens.ian()).contentType(ContentType.JSON)
                    .body("{\"name\":\"x\",\"region\":\"US\"}").when().post("/api/account-groups")
                    .then().statusCode(403).body("type", endsWith("region-not-permitted"));
        }

        @Test
        void aGroupNeedsANameAndAValidRegionAndMembers() {
            given().auth().oauth2(TestTokens.ivy()).contentType(ContentType.JSON)
                    .body("{\"name\":\"\",\"region\":\"usa\",\"members\":[{\"type\":\"planet\",\"ref\":\"x\"}]}")
                    .when().post("/api/account-groups").then().statusCode(400);
            given().auth().oauth2(TestTokens.sam()).when().get("/api/account-groups").then().statusCode(403);
        }

        @Test
        void aCaseStopsReferencingAGroup() {
            String groupId = group(TestTokens.ivy(), "US", "A-" + UUID.randomUUID());
            String kase = open(TestTokens.ivy(), "US", uniqueRef());
            given().auth().oauth2(TestTokens.ivy()).when().put("/api/cases/" + kase + "/account-groups/" + groupId)
                    .then().statusCode(200);
            given().auth().oauth2(TestTokens.ivy()).when().delete("/api/cases/" + kase + "/account-groups/" + groupId)
                    .then().statusCode(200).body("caseIds", empty());
            assertThat(auditRows.about(kase)).anyMatch(e -> e.contains("\"case.group-detach\""));
        }
    }
}
