package io.vigil.audit.verify.bundle;

import static io.vigil.audit.verify.bundle.BundleFormat.CONSISTENCY;
import static io.vigil.audit.verify.bundle.BundleFormat.EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.audit.verify.note.Checkpoint;
import io.vigil.audit.verify.note.SignerKey;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle as written verifies; each kind of tampering is found and named, and all faults are reported. */
class BundleVerifierTest {

    @TempDir
    Path dir;

    private final BundleFixtures log = new BundleFixtures();

    private VerificationReport verify(Path bundle) throws Exception {
        return BundleVerifier.pinnedTo(log.key.verifierKey()).verify(bundle);
    }

    private static List<String> faults(VerificationReport report) {
        return report.faults().stream().map(Fault::toString).toList();
    }

    @Nested
    class IntactBundles {

        @Test
        void aBundleFromSeqZeroVerifiesWithEveryCheckpoint() throws Exception {
            VerificationReport report = verify(log.bundle(dir, 0, 300, 1, 64, 100, 257, 300));
            assertThat(faults(report)).isEmpty();
            assertThat(report.events()).isEqualTo(300);
            assertThat(report.checkpoints()).isEqualTo(5);
            assertThat(report.verified()).isTrue();
        }

        @Test
        void aBundleStartingMidLogVerifiesFromItsPrefixHashes() throws Exception {
            VerificationReport report = verify(log.bundle(dir, 77, 250, 77, 128, 250));
            assertThat(faults(report)).isEmpty();
            assertThat(report.from()).isEqualTo(77);
            assertThat(report.events()).isEqualTo(173);
        }

        @Test
        void eventLinesWrittenWithOtherMemberOrderAndSpacingStillVerify() throws Exception {
            Path bundle = log.bundle(dir, 0, 20, 20);
            Tamper.open(bundle).lines(EVENTS, lines -> {
                String line = lines.get(3);
                String envelope = line.substring(line.indexOf("\"envelope\":") + 11, line.length() - 1);
                lines.set(3, "{ \"envelope\": " + envelope.replace(",", ", ") + ", \"seq\": 3, \"leafHash\": "
                        + line.substring(line.indexOf("\"leafHash\":") + 11, line.indexOf(",\"envelope\"")) + ", \"recordedAt\": \""
                        + Envelopes.recordedAt(3) + "\" }");
                return lines;
            }).resign(log.key).write();
            assertThat(faults(verify(bundle))).isEmpty();
        }

        @Test
        void theBundlesOwnKeyIsUsedWhenNoneIsPinned() throws Exception {
            VerificationReport report = BundleVerifier.trustingBundleKey().verify(log.bundle(dir, 0, 10, 10));
            assertThat(report.verified()).isTrue();
            assertThat(report.keyPinned()).isFalse();
            assertThat(report.key()).isEqualTo(log.key.verifierKey().encode());
        }
    }

    @Nested
    class TamperedEvents {

        @Test
        void aChangedEventIsNamedBySeq() throws Exception {
            Path bundle = Tamper.open(log.bundle(dir, 0, 50, 50))
                    .lines(EVENTS, lines -> replace(lines, 17, "\"status\":\"success\"", "\"status\":\"denied\"")).write();
            assertThat(faults(verify(bundle))).contains(
                    "EVENT_CHANGED events.ndjson seq 17: envelope does not hash to the leafHash recorded with it: the event was changed")
                    .anyMatch(f -> f.startsWith("ROOT_MISMATCH checkpoints/00000000000000000050.txt"))
                    .anyMatch(f -> f.startsWith("FILE_HASH events.ndjson"));
        }

        @Test
        void aRemovedEventIsNamedBySeq() throws Exception {
            Path bundle = Tamper.open(log.bundle(dir, 0, 50, 50)).lines(EVENTS, lines -> {
                lines.remove(23);
                return lines;
            }).write();
            assertThat(faults(verify(bundle))).contains("EVENT_MISSING events.ndjson seq 23: no event: it was removed");
        }

        @Test
        void swappedEventLinesAreNamedAsReordered() throws Exception {
            Path bundle = Tamper.open(log.bundle(dir, 0, 50, 50)).lines(EVENTS, lines -> {
                Collections.swap(lines, 30, 31);
                return lines;
            }).write();
            assertThat(faults(verify(bundle))).contains(
                    "EVENT_OUT_OF_ORDER events.ndjson seq 30: appears after seq 31: events were reordered")
                    .noneMatch(f -> f.startsWith("EVENT_MISSING"));
        }

        @Test
        void swappedEventsWithRenumberedSeqsAreCaughtByTheirRecordingTimes() throws Exception {
            Path bundle = Tamper.open(log.bundle(dir, 0, 50, 50)).lines(EVENTS, lines -> {
                Collections.swap(lines, 30, 31);
                lines.set(30, lines.get(30).replace("{\"seq\":31,", "{\"seq\":30,"));
                lines.set(31, lines.get(31).replace("{\"seq\":30,", "{\"seq\":31,"));
                return lines;
            }).write();
            assertThat(faults(verify(bundle))).contains(
                    "EVENT_OUT_OF_ORDER events.ndjson seq 31: recorded before the preceding seq 30: events were reordered")
                    .anyMatch(f -> f.startsWith("ROOT_MISMATCH"));
        }

        @Test
        void aDuplicatedEventIsNamed() throws Exception {
            Path bundle = Tamper.open(log.bundle(dir, 0, 10, 10)).lines(EVENTS, lines -> {
                lines.add(5, lines.get(4));
                return lines;
            }).write();
            assertThat(faults(verify(bundle))).contains("EVENT_DUPLICATE events.ndjson seq 4: appears more than once");
        }
    }

    private static List<String> replace(List<String> lines, int index, String from, String to) {
        assertThat(lines.get(index)).contains(from);
        lines.set(index, lines.get(index).replace(from, to));
        return lines;
    }

    @Nested
    class TamperedProofsAndFiles {

        @Test
        void aForgedCheckpointIsNamed() throws Exception {
            SignerKey forger = SignerKey.generate(BundleFixtures.ORIGIN, new SecureRandom());
            String forged = Checkpoint.of(BundleFixtures.ORIGIN, 40, new byte[32]).sign(forger);
            Path bundle = Tamper.open(log.bundle(dir, 0, 50, 40, 50))
                    .change(BundleFormat.checkpointPath(40), old -> forged).resign(log.key).write();
            assertThat(faults(verify(bundle))).containsExactly("CHECKPOINT_SIGNATURE checkpoints/00000000000000000040.txt: "
                    + "note has no signature by key " + BundleFixtures.ORIGIN + "+" + String.format("%08x", log.key.verifierKey().keyHash()));
        }

        @Test
        void aCheckpointWhoseRootWasEditedFailsItsSignature() throws Exception {
            Path bundle = log.bundle(dir, 0, 50, 50);
            Tamper.open(bundle).change(BundleFormat.checkpointPath(50), note -> note.replaceFirst("\n50\n[^\n]+\n",
                    "\n50\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n")).resign(log.key).write();
            assertThat(faults(verify(bundle))).anyMatch(f -> f.startsWith("CHECKPOINT_SIGNATURE checkpoints/00000000000000000050.txt")
                    && f.contains("does not verify"));
        }

        @Test
        void aBrokenConsistencyProofIsNamedEvenWhenTheManifestIsResigned() throws Exception {
            Path bundle = Tamper.open(log.bundle(dir, 0, 50, 20, 50))
                    .change(CONSISTENCY, proofs -> proofs.replaceFirst("\"hashes\":\\[\"[A-Za-z0-9+/]",
                            "\"hashes\":[\"" + (proofs.contains("[\"A") ? "B" : "A"))).resign(log.key).write();
            assertThat(faults(verify(bundle))).hasSize(1).first().asString()
                    .startsWith("CONSISTENCY consistency 20 -> 50: consistency proof does not lead to the root of size");
        }

        @Test
        void aFileChangedAfterExportIsNamedByItsManifestHash() throws Exception {
            Path bundle = Tamper.open(log.bundle(dir, 0, 10, 10))
                    .lines(EVENTS, lines -> replace(lines, 2, "\"recordedAt\":\"" + Envelopes.recordedAt(2),
                            "\"recordedAt\":\"" + Envelopes.recordedAt(3))).write();
            assertThat(faults(verify(bundle)))
                    .containsExactly("FILE_HASH events.ndjson: SHA-256 does not match the manifest: the file was altered");
        }

        @Test
        void anAlteredManifestFailsItsSignature() throws Exception {
            Path bundle = Tamper.open(log.bundle(dir, 0, 10, 10))
                    .change(BundleFormat.MANIFEST, m -> m.replace("\"to\":10", "\"to\":9")).write();
            assertThat(faults(verify(bundle))).contains("MANIFEST_SIGNATURE manifest.sig: signs a different manifest than "
                    + "manifest.json: the manifest was altered");
        }

        @Test
        void addedAndRemovedFilesAreNamed() throws Exception {
            Path bundle = Tamper.open(log.bundle(dir, 0, 10, 10)).remove(CONSISTENCY)
                    .add("extra.txt", "smuggled\n").write();
            assertThat(faults(verify(bundle))).contains(
                    "FILE_MISSING consistency.ndjson: listed in the manifest but absent: it was removed",
                    "FILE_UNLISTED extra.txt: not listed in the manifest: it was added");
        }

        @Test
        void aBundleSignedByAnotherKeyThanThePinnedOneFailsEverySignature() throws Exception {
            BundleFixtures other = new BundleFixtures();
            VerificationReport report = verify(other.bundle(dir, 0, 10, 5, 10));
            assertThat(report.faults()).extracting(Fault::kind)
                    .contains(FaultKind.KEY, FaultKind.MANIFEST_SIGNATURE, FaultKind.CHECKPOINT_SIGNATURE);
        }

        @Test
        void everyFaultIsReportedNotJustTheFirst() throws Exception {
            Path bundle = Tamper.open(log.bundle(dir, 0, 50, 25, 50)).lines(EVENTS, lines -> {
                replace(lines, 3, "\"version\":3}", "\"version\":4}");
                lines.remove(10);
                Collections.swap(lines, 40, 41);
                return lines;
            }).add("extra.txt", "x\n").write();
            assertThat(verify(bundle).faults()).extracting(Fault::kind).contains(FaultKind.EVENT_CHANGED,
                    FaultKind.EVENT_MISSING, FaultKind.EVENT_OUT_OF_ORDER, FaultKind.ROOT_MISMATCH, FaultKind.FILE_HASH,
                    FaultKind.FILE_UNLISTED);
        }
    }
}
