package io.vigil.audit.verify.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Signed notes against fixed vectors: the PeterNeumann key and note from the documentation of Go's
 * golang.org/x/mod/sumdb/note (the reference implementation of the format) and the example of the C2SP
 * signed-note specification (https://c2sp.org/signed-note, "Verifier keys"); then one test per failure.
 */
class SignedNoteTest {

    static final String GO_SIGNER = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String GO_VERIFIER = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
    static final String GO_NOTE = GO_TEXT + "\n\u2014 PeterNeumann "
            + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    @Nested
    class PublishedVectors {

        @Test
        void theGoSignerKeyYieldsTheGoVerifierKey() throws Exception {
            assertThat(SignerKey.parse(GO_SIGNER).verifierKey().encode()).isEqualTo(GO_VERIFIER);
        }

        @Test
        void signingTheGoTextReproducesTheGoNoteByteForByte() throws Exception {
            assertThat(SignedNote.sign(GO_TEXT, SignerKey.parse(GO_SIGNER)).format()).isEqualTo(GO_NOTE);
        }

        @Test
        void theGoNoteVerifiesAndYieldsItsText() throws Exception {
            assertThat(SignedNote.parse(GO_NOTE).verify(VerifierKey.parse(GO_VERIFIER))).isEqualTo(GO_TEXT);
        }

        @Test
        void theC2spSpecificationExampleVerifies() throws Exception {
            VerifierKey key = VerifierKey.parse("example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k");
            String note = "This is an example message.\n\n\u2014 example.com/foo "
                    + "Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";
            assertThat(SignedNote.parse(note).verify(key)).isEqualTo("This is an example message.\n");
        }

        @Test
        void theSignerKeyTextRoundTrips() throws Exception {
            assertThat(SignerKey.parse(GO_SIGNER).encode()).isEqualTo(GO_SIGNER);
        }
    }

    @Nested
    class Failures {

        @Test
        void anAlteredTextFailsNamingTheSignature() throws Exception {
            String altered = GO_NOTE.replace("cryptography", "cryptograpHy");
            assertThatThrownBy(() -> SignedNote.parse(altered).verify(VerifierKey.parse(GO_VERIFIER)))
                    .isInstanceOf(NoteVerificationException.class).hasMessageContaining("does not verify");
        }

        @Test
        void aNoteWithoutASignatureByTheKeyFails() throws Exception {
            VerifierKey other = SignerKey.generate("PeterNeumann", new SecureRandom()).verifierKey();
            assertThatThrownBy(() -> SignedNote.parse(GO_NOTE).verify(other)).hasMessageContaining("no signature by key PeterNeumann+");
        }

        @Test
        void aNoteWithoutABlankLineOrSignaturesIsMalformed() {
            assertThatThrownBy(() -> SignedNote.parse(GO_TEXT)).hasMessageContaining("no blank line");
            assertThatThrownBy(() -> SignedNote.parse(GO_TEXT + "\n")).hasMessageContaining("no signatures");
            assertThatThrownBy(() -> SignedNote.parse(GO_TEXT + "\n- PeterNeumann abc\n")).hasMessageContaining("malformed signature line");
        }

        @Test
        void aVerifierKeyWhoseHashDoesNotMatchItsKeyIsRejected() {
            String wrongHash = GO_VERIFIER.replace("c74f20a3", "c74f20a4");
            assertThatThrownBy(() -> VerifierKey.parse(wrongHash)).hasMessageContaining("does not match");
        }

        @Test
        void aSignerKeyWhoseHashDoesNotMatchItsKeyIsRejected() {
            assertThatThrownBy(() -> SignerKey.parse(GO_SIGNER.replace("c74f20a3", "00000000"))).hasMessageContaining("does not match");
        }

        @Test
        void textWithControlCharactersCannotBeSigned() throws Exception {
            SignerKey key = SignerKey.parse(GO_SIGNER);
            assertThatThrownBy(() -> SignedNote.sign("bell\u0007\n", key)).hasMessageContaining("control character");
            assertThatThrownBy(() -> SignedNote.sign("no newline", key)).hasMessageContaining("end with a newline");
        }
    }

    @Test
    void aGeneratedKeySignsNotesItsVerifierKeyAccepts() throws Exception {
        SignerKey key = SignerKey.generate("audit.vigil.example/us", new SecureRandom());
        SignerKey reread = SignerKey.parse(key.encode());
        String note = SignedNote.sign("hello\n", reread).format();
        assertThat(SignedNote.parse(note).verify(VerifierKey.parse(key.verifierKey().encode()))).isEqualTo("hello\n");
        assertThat(key.toString()).doesNotContain(key.encode().substring(12));
    }
}
