package io.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.audit.verify.note.Checkpoint;
import io.vigil.audit.verify.note.NoteVerificationException;
import io.vigil.audit.verify.note.VerifierKey;
import io.vigil.e2e.support.Api;
import io.vigil.e2e.support.App;
import io.vigil.e2e.support.Jwt;
import io.vigil.e2e.support.Reply;
import io.vigil.e2e.support.Stack;
import io.vigil.e2e.support.VigilStack;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit log's signed checkpoint, fetched with real tokens and checked with the auditor's own verifier. */
@ExtendWith(VigilStack.class)
class AuditCheckpointIT {

    private static final String CHECKPOINT = "/api/audit/checkpoints/latest";

    @Nested
    class AnAuditor {

        @Test
        void readsTheLatestCheckpointAndItVerifiesWithThePublishedKey(Stack stack) throws NoteVerificationException {
            Reply note = Api.as(stack.keycloak().passwordToken("aud")).get(App.AUDIT_SERVICE, CHECKPOINT, "text/plain");
            Reply key = Api.anonymous().get(App.AUDIT_SERVICE, "/api/audit/public-key", "text/plain");

            assertThat(note.status()).as("%s", note).isEqualTo(200);
            assertThat(note.contentType()).startsWith("text/plain");
            assertThat(key.status()).as("%s", key).isEqualTo(200);
            Checkpoint checkpoint = Checkpoint.verify(note.body(), VerifierKey.parse(key.body().strip()));
            assertThat(checkpoint.origin()).isEqualTo("vigil.local/audit");
            assertThat(checkpoint.size()).isNotNegative();
        }

        @Test
        void getsTheSameCheckpointAsJson(Stack stack) {
            Api aud = Api.as(stack.keycloak().passwordToken("aud"));

            Reply json = aud.get(App.AUDIT_SERVICE, CHECKPOINT, "application/json");
            Reply text = aud.get(App.AUDIT_SERVICE, CHECKPOINT, "text/plain");

            assertThat(json.status()).as("%s", json).isEqualTo(200);
            JsonNode body = json.json();
            assertThat(body.path("origin").asText()).isEqualTo("vigil.local/audit");
            assertThat(body.path("note").asText()).isEqualTo(text.body());
        }

        @Test
        void rejectsACheckpointWhoseTreeSizeWasAltered(Stack stack) {
            Reply note = Api.as(stack.keycloak().passwordToken("aud")).get(App.AUDIT_SERVICE, CHECKPOINT, "text/plain");
            Reply key = Api.anonymous().get(App.AUDIT_SERVICE, "/api/audit/public-key", "text/plain");
            String[] lines = note.body().split("\n", -1);
            lines[1] = Long.toString(Long.parseLong(lines[1]) + 1);

            assertThatThrownBy(() -> Checkpoint.verify(String.join("\n", lines), VerifierKey.parse(key.body().strip())))
                    .isInstanceOf(NoteVerificationException.class);
        }
    }

    @Nested
    class OthersWhoAsk {

        @Test
        void ivyAnInvestigatorIsForbidden(Stack stack) {
            Reply reply = Api.as(stack.keycloak().passwordToken("ivy"))
                    .get(App.AUDIT_SERVICE, CHECKPOINT, "text/plain");

            assertThat(reply.status()).as("%s", reply).isEqualTo(403);
        }

        @Test
        void caseServicesOwnServiceAccountCarriesAuditWriterAndIsLetIn(Stack stack) {
            String token = stack.keycloak().serviceToken("case-service");

            assertThat(Jwt.strings(Jwt.claims(token).path("realm_access").path("roles"))).contains("audit-writer");
            Reply reply = Api.as(token).get(App.AUDIT_SERVICE, CHECKPOINT, "text/plain");
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        }

        @Test
        void ticketbotWhichOnlyReadsSopsIsForbidden(Stack stack) {
            Reply reply = Api.as(stack.keycloak().serviceToken("ticketbot"))
                    .get(App.AUDIT_SERVICE, CHECKPOINT, "text/plain");

            assertThat(reply.status()).as("%s", reply).isEqualTo(403);
        }

        @Test
        void aCallWithoutATokenIsUnauthorizedButThePublicKeyStaysOpen() {
            assertThat(Api.anonymous().get(App.AUDIT_SERVICE, CHECKPOINT, "text/plain").status()).isEqualTo(401);
            assertThat(Api.anonymous().get(App.AUDIT_SERVICE, "/api/audit/public-key", "text/plain").status())
                    .isEqualTo(200);
        }
    }
}
