package io.vigil.audit.verify.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path may only say "canonical" when full canonicalisation would return the very same bytes. */
class CanonicalScannerTest {

    private static boolean accepted(String json) {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        return CanonicalScanner.scan(b, 0, b.length) == b.length;
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"x\\ny\\u001f\"}}", "-12", "0",
        "{\"A\":1,\"B\":2,\"a\":3}", "\"quote \\\" backslash \\\\\""})
    void canonicalTextIsAcceptedAndReallyIsCanonical(String json) {
        assertThat(accepted(json)).isTrue();
        assertThat(new String(CanonicalJson.canonicalize(json), StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"b\":1,\"a\":2}", "{\"a\":1,\"a\":1}", "{ \"a\":1}", "[1, 2]", "1.0", "1e3", "-0", "01",
        "\"\\/\"", "\"\\u0041\"", "\"\\u000a\"", "\"\\u001F\"", "1234567890123456", "\"caf\u00e9\"", "{\"a\":1,}", "[1"})
    void anythingCanonicalisationWouldChangeOrRejectIsLeftToTheFullPath(String json) {
        assertThat(accepted(json)).isFalse();
    }
}
