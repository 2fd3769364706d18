package io.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.e2e.support.Api;
import io.vigil.e2e.support.App;
import io.vigil.e2e.support.CaseFixtures;
import io.vigil.e2e.support.Jwt;
import io.vigil.e2e.support.Reply;
import io.vigil.e2e.support.Stack;
import io.vigil.e2e.support.VigilStack;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Foundation journey: a real Keycloak token for ivy opens a case; regions and roles decide who sees it. */
@ExtendWith(VigilStack.class)
class CaseRegionScopingIT {

    @Test
    void ivyGetsARealTokenByThePasswordGrantWithHerRoleAndRegion(Stack stack) {
        JsonNode claims = Jwt.claims(stack.keycloak().passwordToken("ivy"));

        assertThat(claims.path("iss").asText()).isEqualTo(stack.keycloak().issuer());
        assertThat(claims.path("preferred_username").asText()).isEqualTo("ivy");
        assertThat(Jwt.strings(claims.path("realm_access").path("roles"))).contains("investigator");
        assertThat(Jwt.strings(claims.path("regions"))).containsExactly("US");
    }

    @Test
    void ivyOpensAUsCaseAndReadsItBack(Stack stack) {
        Api ivy = Api.as(stack.keycloak().passwordToken("ivy"));

        Reply opened = ivy.post(App.CASE_SERVICE, "/api/cases", CaseFixtures.counterfeitReport("US", "Fake sneakers"));
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        JsonNode created = opened.json();
        assertThat(created.path("status").asText()).isEqualTo("NEW");
        assertThat(created.path("region").asText()).isEqualTo("US");
        assertThat(created.path("ref").asText()).matches("TS-\\d{4}-\\d{6}");
        assertThat(opened.location()).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/cases/" + created.path("id").asText()));

        Reply read = ivy.get(App.CASE_SERVICE, "/api/cases/" + created.path("id").asText());
        assertThat(read.status()).as("%s", read).isEqualTo(200);
        assertThat(read.json().path("ref").asText()).isEqualTo(created.path("ref").asText());
        assertThat(read.json().path("createdBy").asText()).isNotBlank();
    }

    @Nested
    class WhoSeesIvysCase {

        @Test
        void ianWhoWorksEuAndSgGetsNotFoundSoTheCaseDoesNotLeak(Stack stack) {
            JsonNode usCase = CaseFixtures.open(stack.keycloak().passwordToken("ivy"), "US", "Replica watches");

            Reply asIan = Api.as(stack.keycloak().passwordToken("ian"))
                    .get(App.CASE_SERVICE, "/api/cases/" + usCase.path("id").asText());

            assertThat(asIan.status()).as("%s", asIan).isEqualTo(404);
            assertThat(asIan.contentType()).startsWith("application/problem+json");
        }

        @Test
        void lenaALeadForAllRegionsFindsItInTheCaseList(Stack stack) {
            JsonNode usCase = CaseFixtures.open(stack.keycloak().passwordToken("ivy"), "US", "Knock-off handbags");

            Reply list = Api.as(stack.keycloak().passwordToken("lena")).get(App.CASE_SERVICE, "/api/cases?limit=500");

            assertThat(list.status()).as("%s", list).isEqualTo(200);
            assertThat(list.json().path("items").findValuesAsText("id")).contains(usCase.path("id").asText());
        }

        @Test
        void ianDoesNotFindItInHisCaseList(Stack stack) {
            JsonNode usCase = CaseFixtures.open(stack.keycloak().passwordToken("ivy"), "US", "Counterfeit perfume");

            Reply list = Api.as(stack.keycloak().passwordToken("ian")).get(App.CASE_SERVICE, "/api/cases?limit=500");

            assertThat(list.status()).as("%s", list).isEqualTo(200);
            assertThat(list.body()).doesNotContain(usCase.path("id").asText());
        }
    }

    @Nested
    class WhoIsTurnedAway {

        @Test
        void aCallWithoutATokenIsUnauthorized() {
            Reply reply = Api.anonymous().get(App.CASE_SERVICE, "/api/cases");

            assertThat(reply.status()).as("%s", reply).isEqualTo(401);
        }

        @Test
        void samAnSopAuthorIsForbiddenFromCases(Stack stack) {
            Reply reply = Api.as(stack.keycloak().passwordToken("sam")).get(App.CASE_SERVICE, "/api/cases");

            assertThat(reply.status()).as("%s", reply).isEqualTo(403);
        }

        @Test
        void samCannotOpenACaseEither(Stack stack) {
            Reply reply = Api.as(stack.keycloak().passwordToken("sam"))
                    .post(App.CASE_SERVICE, "/api/cases", CaseFixtures.counterfeitReport("US", "Not mine to open"));

            assertThat(reply.status()).as("%s", reply).isEqualTo(403);
        }
    }
}
