package io.vigil.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogRowsTest {

    @Test
    void subjectRefsBecomeAQuotedArrayLiteral() {
        assertThat(LogRows.arrayLiteral(List.of("A-9", "we\"ird\\ref", "a,b {c}"))).isEqualTo(
                "{\"A-9\",\"we\\\"ird\\\\ref\",\"a,b {c}\"}");
        assertThat(LogRows.arrayLiteral(List.of())).isNull();
    }
}
