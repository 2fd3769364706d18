package io.vigil.console.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.console.outbound.ServiceCall;
import io.vigil.console.outbound.ServiceFailedException;
import io.vigil.console.outbound.ServiceProblem;
import io.vigil.console.outbound.ServiceRefusedException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

class RefusalTest {

    private static Refusal refusalOf(RuntimeException thrown) {
        try {
            ServiceCall.of("case-service", () -> {
                throw thrown;
            });
        } catch (ServiceFailedException failed) {
            return Refusal.of(failed.failure());
        }
        throw new AssertionError("the call should have failed");
    }

    private static RuntimeException answered(int status, String body) {
        return new ServiceRefusedException(ServiceProblem.read(status, body));
    }

    @Test
    void anIllegalTransitionNamesTheAllowedMovesAndOffersAReload() {
        Refusal refusal = refusalOf(answered(409, """
                {"type":"urn:vigil:problem:illegal-transition","title":"Conflict","status":409,
                 "detail":"A case in NEW cannot move to CLOSED","allowed":["ESCALATED","TRIAGED"]}"""));

        assertThat(refusal.message()).contains("A case in NEW cannot move to CLOSED");
        assertThat(refusal.allowed()).containsExactly("ESCALATED", "TRIAGED");
        assertThat(refusal.reload()).isTrue();
        assertThat(refusal.status()).isEqualTo(409);
    }

    @Test
    void aValidationProblemListsItsFields() {
        Refusal refusal = refusalOf(answered(400, """
                {"type":"urn:vigil:problem:validation","title":"Invalid request","status":400,
                 "detail":"body: must not be blank","errors":[{"field":"body","message":"must not be blank"}]}"""));

        assertThat(refusal.errors()).containsExactly("body: must not be blank");
        assertThat(refusal.reload()).isFalse();
    }

    @Test
    void aServiceThatDoesNotAnswerIsUnavailableWithStatus503() {
        Refusal refusal = refusalOf(new ProcessingException("Connection refused"));

        assertThat(refusal.message()).startsWith("case-service is unavailable (it did not answer)");
        assertThat(refusal.status()).isEqualTo(503);
    }

    @Test
    void aServerErrorReadsAsUnavailableToo() {
        assertThat(refusalOf(answered(502, "<html>bad gateway</html>")).message())
                .startsWith("case-service is unavailable (it answered with HTTP 502)");
    }

    @Test
    void aFormTheConsoleRefusesItselfIsA400WithTheField() {
        Refusal refusal = Refusal.invalid("to", "Choose one of the status changes offered");

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.errors()).containsExactly("to: Choose one of the status changes offered");
    }
}
