package io.vigil.audit.verify.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** ECMAScript Number::toString as RFC 8785 section 3.2.2.3 requires it. */
class EcmaNumbersTest {

    private static double bits(String hex) {
        return Double.longBitsToDouble(HexFormat.fromHexDigitsToLong(hex));
    }

    // RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
    @ParameterizedTest
    @CsvSource({
        "0000000000000000, 0", "8000000000000000, 0", "0000000000000001, 5e-324", "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308", "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992", "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000", "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23", "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000", "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21", "3eb0c6f7a0b5ed8c, 9.999999999999997e-7", "3eb0c6f7a0b5ed8d, 0.000001",
        "41b3de4355555553, 333333333.3333332", "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333", "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343", "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2"
    })
    void rfc8785AppendixBNumbersFormatAsPublished(String hex, String expected) {
        assertThat(EcmaNumbers.format(bits(hex))).isEqualTo(expected);
    }

    @Test
    void nanAndInfinityHaveNoJsonForm() {
        assertThatThrownBy(() -> EcmaNumbers.format(bits("7fffffffffffffff"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EcmaNumbers.format(bits("7ff0000000000000"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thirtyThousandDoublesFormatExactlyAsNodeJsPrintsThem() throws Exception {
        int checked = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/jcs/node-numbers.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("#")) {
                    String[] parts = line.split(" ");
                    assertThat(EcmaNumbers.format(bits(parts[0]))).as(parts[0]).isEqualTo(parts[1]);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(30_000);
    }
}
