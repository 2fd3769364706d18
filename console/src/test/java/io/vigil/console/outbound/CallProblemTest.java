package io.vigil.console.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallProblemTest {

    @Test
    void aProblemDocumentGivesTitleDetailAllowedMovesAndFieldErrors() {
        CallProblem problem = CallProblem.answered("case-service", 409, """
                {"type":"urn:vigil:problem:illegal-transition","title":"Conflict","status":409,
                 "detail":"A case in NEW cannot move to CLOSED","allowed":["ESCALATED","TRIAGED"],
                 "errors":[{"field":"to","message":"not allowed"}]}""");

        assertThat(problem.message()).isEqualTo("Conflict: A case in NEW cannot move to CLOSED");
        assertThat(problem.allowed()).containsExactly("ESCALATED", "TRIAGED");
        assertThat(problem.fieldErrors()).containsExactly("to: not allowed");
        assertThat(problem.needsReload()).isTrue();
    }

    @Test
    void aBodyThatIsNoProblemDocumentStillMakesAMessage() {
        assertThat(CallProblem.answered("case-service", 404, "<html>nope</html>").message())
                .isEqualTo("Not found: case-service answered with HTTP 404");
        assertThat(CallProblem.answered("case-service", 412, null).title()).isEqualTo("Changed meanwhile");
    }

    @Test
    void serverErrorsAndSilenceReadAsTheServiceBeingUnavailable() {
        assertThat(CallProblem.answered("case-service", 502, "{\"title\":\"Bad Gateway\"}").message())
                .isEqualTo("case-service is unavailable (it answered with HTTP 502); try again in a moment");
        assertThat(CallProblem.unavailable("case-service").message())
                .isEqualTo("case-service is unavailable (it did not answer); try again in a moment");
        assertThat(CallProblem.unavailable("case-service").isUnavailable()).isTrue();
    }

    @Test
    void aRefusedSessionSaysToSignInAgain() {
        assertThat(CallProblem.answered("case-service", 401, "").message())
                .isEqualTo("case-service did not accept your session; sign out and in again");
    }
}
