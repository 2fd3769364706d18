package io.vigil.audit.verify.bundle;

import io.vigil.audit.verify.json.CanonicalJson;
import io.vigil.audit.verify.merkle.CompactRange;
import io.vigil.audit.verify.merkle.MerkleTree;
import io.vigil.audit.verify.merkle.Prover;
import io.vigil.audit.verify.merkle.TreeHasher;
import io.vigil.audit.verify.note.Checkpoint;
import io.vigil.audit.verify.note.SignerKey;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/** Builds real bundles from a simulated log: events, a Merkle tree, signed checkpoints and consistency proofs. */
final class BundleFixtures {

    static final String ORIGIN = "audit.vigil.example/us";
    final SignerKey key = SignerKey.generate(ORIGIN, new SecureRandom());

    /** Writes the bundle of seqs {@code [from, to)} with checkpoints at the given sizes (the last must be to). */
    Path bundle(Path dir, long from, long to, long... checkpointSizes) throws Exception {
        TreeHasher hasher = TreeHasher.create();
        List<byte[]> leaves = new ArrayList<>();
        for (long i = 0; i < to; i++) {
            leaves.add(hasher.hashLeaf(CanonicalJson.canonicalize(Envelopes.envelope(i))));
        }
        MerkleTree tree = MerkleTree.of(leaves);
        Path path = dir.resolve("bundle-" + from + "-" + to + ".zip");
        try (OutputStream out = Files.newOutputStream(path)) {
            BundleWriter writer = BundleWriter.create(out, key, ORIGIN, from).prefix(CompactRange.of(tree, from).hashes());
            for (long i = from; i < to; i++) {
                writer.event(new ExportEvent(i, Envelopes.recordedAt(i), Envelopes.envelope(i)));
            }
            addCheckpoints(writer, tree.prover(), checkpointSizes);
            writer.finish();
        }
        return path;
    }

    private void addCheckpoints(BundleWriter writer, Prover prover, long... sizes) throws Exception {
        for (int i = 0; i < sizes.length; i++) {
            writer.checkpoint(Checkpoint.of(ORIGIN, sizes[i], prover.root(sizes[i])).sign(key));
            if (i > 0) {
                writer.consistency(prover.consistency(sizes[i - 1], sizes[i]));
            }
        }
    }
}
