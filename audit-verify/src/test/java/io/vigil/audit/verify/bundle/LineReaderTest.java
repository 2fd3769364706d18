package io.vigil.audit.verify.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void findsEveryNewlineWhereverItFallsInAWord() {
        for (int at = 0; at < 20; at++) {
            byte[] b = "x".repeat(20).getBytes(StandardCharsets.US_ASCII);
            b[at] = '\n';

            assertThat(LineReader.newline(b, 0, b.length)).isEqualTo(at);
            assertThat(LineReader.newline(b, at + 1, b.length)).isEqualTo(-1);
        }
    }

    @Test
    void handsOverEachLineOnceIncludingALastLineWithoutNewlineAndLinesLongerThanTheBuffer() throws Exception {
        String longLine = "y".repeat(3 << 20);
        String text = "a\n\nbc\n" + longLine + "\n" + "d".repeat(9) + "\nlast";
        List<String> lines = new ArrayList<>();
        LineReader reader = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));

        reader.forEachLine((buffer, start, end, number) -> lines.add(new String(buffer, start, end - start, StandardCharsets.US_ASCII)));

        assertThat(lines).containsExactly("a", "", "bc", longLine, "d".repeat(9), "last");
        assertThat(reader.size()).isEqualTo(text.length());
    }
}
