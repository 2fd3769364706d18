package io.vigil.audit.verify.bundle;

import io.vigil.audit.verify.merkle.MerkleTree;
import io.vigil.audit.verify.merkle.Prover;
import io.vigil.audit.verify.note.Checkpoint;
import io.vigil.audit.verify.note.SignerKey;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the benchmark bundle for bench/run: {@code N} realistic events from seq 0, a checkpoint every 10,000
 * events with consistency proofs, and the verifier key next to it in {@code public-key.txt}.
 */
public final class BenchBundle {

    private static final String ORIGIN = "audit.vigil.example/bench";
    private static final int CHECKPOINT_EVERY = 10_000;

    private BenchBundle() {
    }

    /** Arguments: output zip path, number of events. */
    public static void main(String[] args) throws Exception {
        Path zip = Path.of(args[0]);
        long events = Long.parseLong(args[1]);
        SignerKey key = SignerKey.generate(ORIGIN, new SecureRandom());
        List<byte[]> leaves = new ArrayList<>();
        try (OutputStream out = Files.newOutputStream(zip)) {
            BundleWriter writer = BundleWriter.create(out, key, ORIGIN, 0);
            for (long i = 0; i < events; i++) {
                leaves.add(writer.event(new ExportEvent(i, Envelopes.recordedAt(i), Envelopes.envelope(i))));
            }
            Prover prover = MerkleTree.of(leaves).prover();
            long previous = 0;
            for (long size = Math.min(CHECKPOINT_EVERY, events); size <= events; size = next(size, events)) {
                writer.checkpoint(Checkpoint.of(ORIGIN, size, prover.root(size)).sign(key));
                if (previous > 0) {
                    writer.consistency(prover.consistency(previous, size));
                }
                previous = size;
            }
            writer.finish();
        }
        Files.writeString(zip.resolveSibling("public-key.txt"), key.verifierKey().encode() + "\n");
    }

    private static long next(long size, long events) {
        return size == events ? events + 1 : Math.min(size + CHECKPOINT_EVERY, events);
    }
}
