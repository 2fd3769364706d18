package io.vigil.cases.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadTest {

    @Test
    void theHashIsTheSha256OfTheBytes() {
        Upload upload = Upload.read("a.txt", "text/plain",
                new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), 3);
        // FIPS 180-2 appendix B.1 test vector.
        assertThat(upload.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(upload.content()).hasSize(3);
    }

    @Test
    void oneByteOverTheLimitRefusesTheUpload() {
        assertThatThrownBy(() -> Upload.read("a.bin", "application/octet-stream",
                new ByteArrayInputStream(new byte[4]), 3)).isInstanceOf(EvidenceTooLargeException.class)
                .hasMessageContaining("at most 3 bytes");
    }
}
