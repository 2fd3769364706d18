package io.vigil.cases.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // The Standard Webhooks specification's own signing vector (libraries/java WebhookTest.verifyWebhookSignWorks).
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant THEN = Instant.ofEpochSecond(TIMESTAMP);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private final WebhookSignature signature = new WebhookSignature(SECRET);

    @Test
    void signsLikeTheStandardWebhooksReference() {
        assertThat(signature.sign(ID, TIMESTAMP, BODY)).isEqualTo(EXPECTED);
    }

    @Test
    void verifiesItsOwnSignatureAmongOthers() {
        assertThatCode(() -> signature.verify(ID, Long.toString(TIMESTAMP), BODY, "v1,bm90LWl0 " + EXPECTED,
                THEN.plusSeconds(30), FIVE_MINUTES)).doesNotThrowAnyException();
    }

    @Test
    void aChangedBodyFails() {
        assertThatThrownBy(() -> signature.verify(ID, Long.toString(TIMESTAMP), "{\"test\": 1}", EXPECTED, THEN,
                FIVE_MINUTES)).isInstanceOf(WebhookSignatureException.class).hasMessageContaining("no v1 signature");
    }

    @Test
    void anotherSecretFails() {
        assertThatThrownBy(() -> new WebhookSignature("whsec_c2hhcmVkLXNlY3JldC1vZi1zb21lb25lLWVsc2U=")
                .verify(ID, Long.toString(TIMESTAMP), BODY, EXPECTED, THEN, FIVE_MINUTES))
                .isInstanceOf(WebhookSignatureException.class);
    }

    @Test
    void anOldTimestampFailsSoARecordedRequestCannotBeReplayed() {
        assertThatThrownBy(() -> signature.verify(ID, Long.toString(TIMESTAMP), BODY, EXPECTED,
                THEN.plus(Duration.ofMinutes(6)), FIVE_MINUTES)).isInstanceOf(WebhookSignatureException.class)
                .hasMessageContaining("tolerance");
    }

    @Test
    void missingHeadersFail() {
        assertThatThrownBy(() -> signature.verify(ID, null, BODY, EXPECTED, THEN, FIVE_MINUTES))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> signature.verify(ID, "yesterday", BODY, EXPECTED, THEN, FIVE_MINUTES))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("number");
    }

    @Test
    void aPlainSecretIsUsedAsItsBytes() {
        WebhookSignature plain = new WebhookSignature("correct horse battery staple");
        assertThat(plain.sign(ID, TIMESTAMP, BODY)).startsWith("v1,").isNotEqualTo(EXPECTED);
        assertThatThrownBy(() -> new WebhookSignature(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
