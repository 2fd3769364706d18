package io.vigil.audit.verify.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** RFC 8785 examples (sections 3.2.2 and 3.2.3) and the I-JSON rules the scheme relies on. */
class CanonicalJsonTest {

    private static String canonical(String json) {
        return new String(CanonicalJson.canonicalize(json), StandardCharsets.UTF_8);
    }

    @Nested
    class Rfc8785Examples {

        @Test
        void theSection322SampleCanonicalisesToThePublishedText() {
            String input = """
                    {
                      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                      "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                      "literals": [null, true, false]
                    }""";
            assertThat(canonical(input)).isEqualTo("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,"
                    + "1e+30,4.5,0.002,1e-27],\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
        }

        @Test
        void theSection322SampleHasThePublishedUtf8Bytes() {
            byte[] bytes = CanonicalJson.canonicalize("{\"string\":\"\\u20ac$\"}");
            assertThat(bytes).containsExactly(0x7b, 0x22, 0x73, 0x74, 0x72, 0x69, 0x6e, 0x67, 0x22, 0x3a, 0x22,
                    0xe2, 0x82, 0xac, 0x24, 0x22, 0x7d);
        }

        @Test
        void membersSortByUtf16CodeUnitsAsInSection323() {
            String input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                    + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
                    + "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
            assertThat(canonical(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                    + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                    + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
        }

        @Test
        void nestedObjectsAndArraysKeepArrayOrderButSortMembers() {
            assertThat(canonical("{ \"b\" : [3, {\"z\":1, \"a\":2}], \"a\" : {} }")).isEqualTo("{\"a\":{},\"b\":[3,{\"a\":2,\"z\":1}]}");
        }
    }

    @Nested
    class RejectedInput {

        @Test
        void duplicateMemberNamesAreRejected() {
            assertThatThrownBy(() -> canonical("{\"a\":1,\"a\":2}")).hasMessageContaining("duplicate member name \"a\"");
        }

        @Test
        void loneSurrogatesAreRejected() {
            assertThatThrownBy(() -> canonical("[\"\\ud800\"]")).hasMessageContaining("lone surrogate");
        }

        @Test
        void numbersBeyondDoubleRangeAreRejected() {
            assertThatThrownBy(() -> canonical("[1e400]")).hasMessageContaining("double range");
        }

        @Test
        void malformedJsonIsRejectedWithItsOffset() {
            assertThatThrownBy(() -> canonical("{\"a\":01}")).isInstanceOf(MalformedJsonException.class).hasMessageContaining("offset");
            assertThatThrownBy(() -> canonical("[1,]")).isInstanceOf(MalformedJsonException.class);
            assertThatThrownBy(() -> canonical("{\"a\":1} x")).hasMessageContaining("after the JSON value");
            assertThatThrownBy(() -> canonical("\"tab\there\"")).hasMessageContaining("control character");
        }
    }
}
