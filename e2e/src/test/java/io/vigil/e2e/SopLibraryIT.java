package io.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.e2e.support.Api;
import io.vigil.e2e.support.App;
import io.vigil.e2e.support.Reply;
import io.vigil.e2e.support.Stack;
import io.vigil.e2e.support.VigilStack;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SOP library with real tokens: authors define SOPs, investigators read them and cannot define them. */
@ExtendWith(VigilStack.class)
class SopLibraryIT {

    @Test
    void samDefinesAnSopThatIvyThenReads(Stack stack) {
        String key = uniqueKey();

        Reply defined = Api.as(stack.keycloak().passwordToken("sam")).post(App.SOP_SERVICE, "/api/sops", sop(key));
        assertThat(defined.status()).as("%s", defined).isEqualTo(201);
        assertThat(defined.json().path("key").asText()).isEqualTo(key);
        assertThat(defined.location())
                .hasValueSatisfying(location -> assertThat(location).endsWith("/api/sops/" + key));

        Reply read = Api.as(stack.keycloak().passwordToken("ivy")).get(App.SOP_SERVICE, "/api/sops/" + key);
        assertThat(read.status()).as("%s", read).isEqualTo(200);
        assertThat(read.json().path("title").asText()).isEqualTo("Refund disputes");
    }

    @Test
    void ivyFindsADefinedSopInTheLibraryList(Stack stack) {
        String key = uniqueKey();
        Api.as(stack.keycloak().passwordToken("sam")).post(App.SOP_SERVICE, "/api/sops", sop(key));

        Reply list = Api.as(stack.keycloak().passwordToken("ivy")).get(App.SOP_SERVICE, "/api/sops?limit=500");

        assertThat(list.status()).as("%s", list).isEqualTo(200);
        assertThat(list.json().path("items").findValuesAsText("key")).contains(key);
    }

    @Test
    void ivyAnInvestigatorCannotDefineAnSop(Stack stack) {
        Reply reply = Api.as(stack.keycloak().passwordToken("ivy"))
                .post(App.SOP_SERVICE, "/api/sops", sop(uniqueKey()));

        assertThat(reply.status()).as("%s", reply).isEqualTo(403);
    }

    @Test
    void aCallWithoutATokenCannotReadTheLibrary() {
        Reply reply = Api.anonymous().get(App.SOP_SERVICE, "/api/sops");

        assertThat(reply.status()).as("%s", reply).isEqualTo(401);
    }

    private static String uniqueKey() {
        return "shop.refund-dispute-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> sop(String key) {
        return Map.of("key", key, "title", "Refund disputes", "domain", "shop", "category", "refund-dispute",
                "audience", List.of("investigator"));
    }
}
