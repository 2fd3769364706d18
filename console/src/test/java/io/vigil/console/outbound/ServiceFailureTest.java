package io.vigil.console.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceFailureTest {

    private static ServiceFailure answered(int status, String body) {
        return ServiceFailure.answered("sop-service", ServiceProblem.read(status, body));
    }

    @Test
    void aRefusalIsToldInTheServicesWordsLedByTheRuleThatStoppedIt() {
        ServiceFailure f = answered(403, "{\"type\":\"urn:vigil:problem:four-eyes\",\"status\":403,"
                + "\"detail\":\"Version 3 was written by sara, who may not approve it\"}");

        assertThat(f.kind()).isEqualTo(ServiceFailure.Kind.NOT_PERMITTED);
        assertThat(f.slug()).isEqualTo("four-eyes");
        assertThat(f.message()).isEqualTo("Four-eyes rule: Version 3 was written by sara, who may not approve it");
        assertThat(f.pageStatus()).isEqualTo(403);
    }

    @Test
    void validationErrorsAreKeptFieldByField() {
        ServiceFailure f = answered(400, "{\"type\":\"urn:vigil:problem:validation\",\"title\":\"Invalid request\","
                + "\"status\":400,\"errors\":[{\"field\":\"note\",\"message\":\"size must be at most 2000\"}]}");

        assertThat(f.kind()).isEqualTo(ServiceFailure.Kind.REFUSED);
        assertThat(f.message()).isEqualTo("Invalid request");
        assertThat(f.errors()).containsExactly(new ServiceProblem.FieldError("note", "size must be at most 2000"));
        assertThat(f.pageStatus()).isEqualTo(200);
    }

    @Test
    void aServerErrorOrABodyThatIsNotAProblemMeansTheServiceIsUnavailable() {
        assertThat(answered(502, "<html>Bad gateway</html>").message())
                .isEqualTo("sop-service is unavailable (it answered with HTTP 502). Try again in a moment.");
        assertThat(answered(404, "<html>").message()).isEqualTo("sop-service answered with HTTP 404");
    }

    @Test
    void anExpiredSessionAsksTheUserToSignInAgain() {
        assertThat(answered(401, null).message()).isEqualTo("sop-service did not accept your session; sign out and in again.");
    }

    @Test
    void aProblemsNumericExtensionIsReadable() {
        ServiceProblem p = ServiceProblem.read(409, "{\"type\":\"urn:vigil:problem:publish-gate\",\"gate\":1.0,"
                + "\"consistencyRate\":0.5}");

        assertThat(p.number("consistencyRate")).isEqualTo(0.5);
        assertThat(p.number("missing")).isNull();
    }
}
