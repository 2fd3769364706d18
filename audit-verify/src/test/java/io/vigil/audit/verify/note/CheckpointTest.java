package io.vigil.audit.verify.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** C2SP tlog-checkpoint bodies: layout, signing, and the failures an auditor must be told about. */
class CheckpointTest {

    private static final byte[] ROOT = Base64.getDecoder().decode("XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=");
    private final SignerKey key = SignerKey.generate("audit.vigil.example/us", new SecureRandom());

    @Test
    void theBodyIsOriginSizeAndBase64RootOnePerLine() {
        assertThat(Checkpoint.of("audit.vigil.example/us", 8, ROOT).body())
                .isEqualTo("audit.vigil.example/us\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n");
    }

    @Test
    void aSignedCheckpointVerifiesBackToTheSameCheckpointWithExtensions() throws Exception {
        Checkpoint checkpoint = new Checkpoint("audit.vigil.example/us", 8, ROOT, List.of("ext one"));
        assertThat(Checkpoint.verify(checkpoint.sign(key), key.verifierKey())).isEqualTo(checkpoint);
    }

    @Test
    void aCheckpointWithAChangedSizeFailsVerification() {
        String note = Checkpoint.of("audit.vigil.example/us", 8, ROOT).sign(key).replace("\n8\n", "\n9\n");
        assertThatThrownBy(() -> Checkpoint.verify(note, key.verifierKey()))
                .isInstanceOf(NoteVerificationException.class).hasMessageContaining("does not verify");
    }

    @Test
    void aCheckpointSignedByAnotherKeyWithTheSameNameFails() {
        SignerKey forger = SignerKey.generate("audit.vigil.example/us", new SecureRandom());
        String note = Checkpoint.of("audit.vigil.example/us", 8, ROOT).sign(forger);
        assertThatThrownBy(() -> Checkpoint.verify(note, key.verifierKey())).hasMessageContaining("no signature by key");
    }

    @Test
    void malformedBodiesAreNamed() {
        assertThatThrownBy(() -> Checkpoint.parse("origin\n08\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n"))
                .hasMessageContaining("not a decimal number");
        assertThatThrownBy(() -> Checkpoint.parse("origin\n8\n")).hasMessageContaining("needs origin, size and root");
        assertThatThrownBy(() -> Checkpoint.parse("origin\n8\nAAAA\n")).hasMessageContaining("32-byte root");
    }
}
