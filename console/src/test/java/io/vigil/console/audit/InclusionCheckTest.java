package io.vigil.console.audit;

import static io.vigil.console.audit.AuditLogFixture.LOG_KEY;
import static io.vigil.console.audit.AuditLogFixture.OTHER_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.console.outbound.Answer;
import java.util.Optional;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InclusionCheckTest {

    private static final String SERVED = LOG_KEY.verifierKey().encode();
    private static final LongFunction<Answer<InclusionProofBody>> PROOFS =
            size -> Answer.of(AuditLogFixture.proofBody(2, size));

    private static ProofReport check(String event, String note, Optional<String> served, Optional<String> pinned,
            LongFunction<Answer<InclusionProofBody>> proofs) {
        return InclusionCheck.check(event, note, served, pinned, proofs);
    }

    @Nested
    class AGenuineEvent {

        @Test
        void isVerifiedAgainstThePinnedKeyWithEveryFigureReported() {
            ProofReport r = check(AuditLogFixture.event(2), AuditLogFixture.checkpointNote(5, LOG_KEY),
                    Optional.of(SERVED), Optional.of(SERVED), PROOFS);

            assertThat(r.verdict()).isEqualTo(ProofReport.Verdict.VERIFIED);
            assertThat(r.leafHash()).isEqualTo(AuditLogFixture.leafHash(2)).isEqualTo(r.recordedLeafHash());
            assertThat(r.treeSize()).isEqualTo(5);
            assertThat(r.rootHash()).isEqualTo(AuditLogFixture.root(5));
            assertThat(r.signatureValid()).isTrue();
            assertThat(r.proofValid()).isTrue();
            assertThat(r.pinned()).isTrue();
            assertThat(r.problems()).isEmpty();
            assertThat(r.warnings()).isEmpty();
        }

        @Test
        void withoutAPinIsVerifiedWithTheServedKeyAndSaysSo() {
            ProofReport r = check(AuditLogFixture.event(2), AuditLogFixture.checkpointNote(5, LOG_KEY),
                    Optional.of(SERVED), Optional.empty(), PROOFS);

            assertThat(r.verdict()).isEqualTo(ProofReport.Verdict.VERIFIED);
            assertThat(r.keySource()).isEqualTo(ProofReport.KeySource.SERVED);
            assertThat(r.warnings()).singleElement().asString().contains("No key is pinned");
        }

        @Test
        void notYetCoveredByTheLatestCheckpointIsPendingAndNoProofIsAsked() {
            ProofReport r = check(AuditLogFixture.event(4), AuditLogFixture.checkpointNote(3, LOG_KEY),
                    Optional.of(SERVED), Optional.of(SERVED), size -> {
                        throw new AssertionError("no proof should be fetched");
                    });

            assertThat(r.verdict()).isEqualTo(ProofReport.Verdict.PENDING);
            assertThat(r.seq()).isEqualTo(4);
            assertThat(r.treeSize()).isEqualTo(3);
        }
    }

    @Nested
    class Failures {

        @Test
        void aChangedEnvelopeNoLongerHashesToItsLeaf() {
            ProofReport r = check(AuditLogFixture.tamperedEvent(2), AuditLogFixture.checkpointNote(5, LOG_KEY),
                    Optional.of(SERVED), Optional.of(SERVED), PROOFS);

            assertThat(r.verdict()).isEqualTo(ProofReport.Verdict.FAILED);
            assertThat(r.leafMatches()).isFalse();
            assertThat(r.proofValid()).isFalse();
            assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("was changed after it was logged"));
        }

        @Test
        void aProofThatLeadsElsewhereFails() {
            ProofReport r = check(AuditLogFixture.event(2), AuditLogFixture.checkpointNote(5, LOG_KEY),
                    Optional.of(SERVED), Optional.of(SERVED), size -> {
                        InclusionProofBody good = AuditLogFixture.proofBody(2, size);
                        var hashes = new java.util.ArrayList<>(good.hashes());
                        hashes.set(0, AuditLogFixture.leafHash(0));
                        return Answer.of(new InclusionProofBody(2, size, good.leafHash(), hashes, good.checkpoint()));
                    });

            assertThat(r.verdict()).isEqualTo(ProofReport.Verdict.FAILED);
            assertThat(r.signatureValid()).isTrue();
            assertThat(r.proofValid()).isFalse();
            assertThat(r.problems()).singleElement().asString().contains("leads to a different root");
        }

        @Test
        void aProofForAnotherTreeSizeFails() {
            ProofReport r = check(AuditLogFixture.event(2), AuditLogFixture.checkpointNote(5, LOG_KEY),
                    Optional.of(SERVED), Optional.of(SERVED), size -> Answer.of(AuditLogFixture.proofBody(2, 4)));

            assertThat(r.verdict()).isEqualTo(ProofReport.Verdict.FAILED);
            assertThat(r.problems()).singleElement().asString().contains("tree size 4, not seq 2 in tree size 5");
        }

        @Test
        void aCheckpointSignedByAKeyOtherThanThePinnedOneFailsAndSaysTheServedKeyDiffers() {
            String other = OTHER_KEY.verifierKey().encode();

            ProofReport r = check(AuditLogFixture.event(2), AuditLogFixture.checkpointNote(5, OTHER_KEY),
                    Optional.of(other), Optional.of(SERVED), PROOFS);

            assertThat(r.verdict()).isEqualTo(ProofReport.Verdict.FAILED);
            assertThat(r.signatureValid()).isFalse();
            assertThat(r.proofValid()).isNull();
            assertThat(r.warnings()).singleElement().asString().contains("which is not the key pinned");
            assertThat(r.problems()).singleElement().asString()
                    .contains("does not verify").contains("signed by the key audit-service serves, which does not match");
        }

        @Test
        void aForgedCheckpointFailsEvenWithTheServedKey() {
            String forged = AuditLogFixture.checkpointNote(5, LOG_KEY).replace(AuditLogFixture.root(5),
                    AuditLogFixture.root(4));

            ProofReport r = check(AuditLogFixture.event(2), forged, Optional.of(SERVED), Optional.empty(), PROOFS);

            assertThat(r.verdict()).isEqualTo(ProofReport.Verdict.FAILED);
            assertThat(r.signatureValid()).isFalse();
            assertThat(r.problems()).singleElement().asString().contains("altered or forged");
        }

        @Test
        void aMalformedPinIsReportedAndNothingIsTrusted() {
            ProofReport r = check(AuditLogFixture.event(2), AuditLogFixture.checkpointNote(5, LOG_KEY),
                    Optional.of(SERVED), Optional.of("not-a-key"), PROOFS);

            assertThat(r.verdict()).isEqualTo(ProofReport.Verdict.FAILED);
            assertThat(r.keySource()).isEqualTo(ProofReport.KeySource.NONE);
            assertThat(r.signatureValid()).isNull();
            assertThat(r.problems()).singleElement().asString().contains("pinned in the console's configuration");
        }

        @Test
        void noPinAndNoServedKeyMeansNothingCanBeChecked() {
            ProofReport r = check(AuditLogFixture.event(2), AuditLogFixture.checkpointNote(5, LOG_KEY),
                    Optional.empty(), Optional.empty(), PROOFS);

            assertThat(r.verdict()).isEqualTo(ProofReport.Verdict.FAILED);
            assertThat(r.problems()).singleElement().asString().contains("No key to check the checkpoint with");
        }

        @Test
        void anEventThatIsNotJsonFails() {
            ProofReport r = check("{\"seq\":", AuditLogFixture.checkpointNote(5, LOG_KEY), Optional.of(SERVED),
                    Optional.of(SERVED), PROOFS);

            assertThat(r.verdict()).isEqualTo(ProofReport.Verdict.FAILED);
            assertThat(r.problems()).singleElement().asString().contains("not valid JSON");
        }
    }
}
