package io.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.e2e.support.App;
import io.vigil.e2e.support.Browser;
import io.vigil.e2e.support.Browser.Visit;
import io.vigil.e2e.support.CaseFixtures;
import io.vigil.e2e.support.Stack;
import io.vigil.e2e.support.VigilStack;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's real OIDC code flow over plain HTTP: Keycloak's own login form, the console's session cookie,
 * the case list fetched with the user's token, and RP-initiated logout.
 */
@ExtendWith(VigilStack.class)
class ConsoleLoginIT {

    private static final String LOGIN_FORM = "id=\"kc-form-login\"";
    private static final String LOGOUT_FORM = "action=\"/logout\"";

    private final Browser browser = new Browser();

    @BeforeEach
    void consoleIsPartOfTheRun(Stack stack) {
        assumeTrue(stack.runs(App.CONSOLE), "console/target/quarkus-app is not built");
    }

    @Test
    void aVisitorWithoutASessionIsSentToKeycloaksLoginPage(Stack stack) {
        Visit visit = browser.open(App.CONSOLE.uri("/"));

        assertThat(visit.landedOn().toString()).startsWith(stack.keycloak().issuer() + "/protocol/openid-connect/auth");
        assertThat(visit.last().status()).isEqualTo(200);
        assertThat(visit.html()).contains(LOGIN_FORM);
    }

    @Test
    void ivySignsInAndSeesHerUsCaseButNotIansEuCase(Stack stack) {
        JsonNode ivysCase = CaseFixtures.open(stack.keycloak().passwordToken("ivy"), "US", "Fake phone chargers");
        JsonNode iansCase = CaseFixtures.open(stack.keycloak().passwordToken("ian"), "EU", "Fake perfume");

        Visit queue = signIn("ivy");
        assertThat(queue.landedOn()).as("an investigator starts at her queue").isEqualTo(App.CONSOLE.uri("/queue"));
        Visit cases = browser.open(App.CONSOLE.uri("/cases"));

        assertThat(cases.last().status()).as("%s", cases.last()).isEqualTo(200);
        assertThat(cases.html()).contains(ivysCase.path("ref").asText()).contains("ivy")
                .doesNotContain(iansCase.path("ref").asText());
    }

    @Test
    void signingOutEndsBothTheConsoleAndTheKeycloakSession(Stack stack) {
        Visit cases = signIn("ivy");

        Visit signedOut = browser.submit(Browser.formAction(cases, LOGOUT_FORM),
                Browser.hiddenFields(cases, LOGOUT_FORM));

        assertThat(signedOut.hops()).as("logout goes through Keycloak's end-session endpoint")
                .anySatisfy(hop -> assertThat(hop.toString())
                        .startsWith(stack.keycloak().issuer() + "/protocol/openid-connect/logout"));
        assertThat(signedOut.landedOn()).as("the console's public signed-out page")
                .hasPort(App.CONSOLE.port()).hasPath("/signed-out");
        assertThat(signedOut.last().status()).isEqualTo(200);
        Visit again = browser.open(App.CONSOLE.uri("/"));
        assertThat(again.landedOn().toString()).as("no console session, and no Keycloak SSO to sign in silently")
                .startsWith(stack.keycloak().issuer() + "/protocol/openid-connect/auth");
        assertThat(again.html()).contains(LOGIN_FORM);
    }

    private Visit signIn(String user) {
        Visit login = browser.open(App.CONSOLE.uri("/"));
        URI action = Browser.formAction(login, LOGIN_FORM);
        Visit landed = browser.submit(action, Map.of("username", user, "password", user, "credentialId", ""));
        assertThat(landed.landedOn().getPort()).as("back on the console after %s", landed.hops())
                .isEqualTo(App.CONSOLE.port());
        return landed;
    }
}
