package io.vigil.audit.verify.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
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
        "{\"A\":1,\"B\":2,\"a\":3}", "\"quote \\\" backslash \\\\\"", "\"caf\u00e9\"",
        "{\"text\":\"R\u00e9gion \u2028 \u20ac \ud83d\ude00 \u007f, eight+ bytes of plain ASCII around it\"}"})
    void canonicalTextIsAcceptedAndReallyIsCanonical(String json) {
        assertThat(accepted(json)).isTrue();
        assertThat(new String(CanonicalJson.canonicalize(json), StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"b\":1,\"a\":2}", "{\"a\":1,\"a\":1}", "{ \"a\":1}", "[1, 2]", "1.0", "1e3", "-0", "01",
        "\"\\/\"", "\"\\u0041\"", "\"\\u000a\"", "\"\\u001F\"", "1234567890123456", "{\"a\":1,}", "[1",
        "{\"caf\u00e9\":1}", "\"long enough to be read in words \u0001 then more\""})
    void anythingCanonicalisationWouldChangeOrRejectIsLeftToTheFullPath(String json) {
        assertThat(accepted(json)).isFalse();
    }

    /** Overlong forms, encoded surrogates, code points past U+10FFFF, stray and truncated continuation bytes. */
    @ParameterizedTest
    @ValueSource(strings = {"C0 80", "C1 BF", "E0 80 80", "ED A0 80", "F0 80 80 80", "F4 90 80 80", "F5 80 80 80", "80",
        "C3", "E2 82", "C3 28"})
    void malformedUtf8InAStringIsLeftToTheFullPath(String hex) {
        byte[] bad = HexFormat.ofDelimiter(" ").parseHex(hex);
        byte[] json = new byte[bad.length + 2];
        json[0] = '"';
        System.arraycopy(bad, 0, json, 1, bad.length);
        json[json.length - 1] = '"';

        assertThat(CanonicalScanner.scan(json, 0, json.length)).isEqualTo(-1);
    }
}
