package io.vigil.audit.verify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.audit.verify.bundle.BundleFormat;
import io.vigil.audit.verify.bundle.BundleWriter;
import io.vigil.audit.verify.bundle.ExportEvent;
import io.vigil.audit.verify.json.CanonicalJson;
import io.vigil.audit.verify.merkle.TreeHasher;
import io.vigil.audit.verify.note.Checkpoint;
import io.vigil.audit.verify.note.SignerKey;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit 0 with a summary, 1 listing faults, 2 on usage errors. */
class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final SignerKey key = SignerKey.generate("audit.vigil.example/eu", new SecureRandom());

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path bundle() throws Exception {
        Path path = dir.resolve("b.zip");
        String envelope = "{\"eventId\":\"e-1\",\"action\":\"case.transition\"}";
        byte[] leaf = TreeHasher.create().hashLeaf(CanonicalJson.canonicalize(envelope));
        try (OutputStream o = Files.newOutputStream(path)) {
            BundleWriter writer = BundleWriter.create(o, key, "audit.vigil.example/eu", 0);
            writer.event(new ExportEvent(0, "2026-03-01T12:00:00.000001Z", envelope));
            writer.checkpoint(Checkpoint.of("audit.vigil.example/eu", 1, leaf).sign(key));
            writer.finish();
        }
        return path;
    }

    @Test
    void aGoodBundleExitsZeroWithASummaryNamingTheRangeAndRoot() throws Exception {
        assertThat(run("--key", key.verifierKey().encode(), bundle().toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("VERIFIED: ").contains("1 events, seq 0 to 0")
                .contains("signed by the pinned key");
    }

    @Test
    void aKeyCanBeReadFromAFile() throws Exception {
        Path keyFile = Files.writeString(dir.resolve("key.txt"), key.verifierKey().encode() + "\n");
        assertThat(run("--key", keyFile.toString(), bundle().toString())).isZero();
    }

    @Test
    void aTamperedBundleExitsOneListingEachFault() throws Exception {
        Path bad = dir.resolve("bad.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bad))) {
            zip.putNextEntry(new ZipEntry(BundleFormat.EVENTS));
            zip.closeEntry();
        }
        assertThat(run(bad.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAILED").contains("KEY public-key.txt")
                .contains("FILE_MISSING manifest.json");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--key")).isEqualTo(2);
        assertThat(run("--key", "not-a-key", bundle().toString())).isEqualTo(2);
        assertThat(run(dir.resolve("absent.zip").toString())).isEqualTo(2);
        assertThat(run(Files.writeString(dir.resolve("not.zip"), "hello").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Try: java -jar audit-verify.jar --help");
    }

    @Test
    void helpExplainsTheExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage:").contains("0 verified, 1 faults found, 2 usage");
    }

    @Test
    void keygenPrintsASignerKeyAndItsVerifierKey() {
        assertThat(run("keygen", "audit.vigil.example/sg")).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).startsWith("PRIVATE+KEY+audit.vigil.example/sg+");
        assertThat(lines[1]).startsWith("audit.vigil.example/sg+");
    }
}
