package io.vigil.audit.verify.bundle;

import io.vigil.audit.verify.json.MalformedJsonException;
import io.vigil.audit.verify.merkle.ConsistencyProof;
import io.vigil.audit.verify.merkle.ProofVerificationException;
import io.vigil.audit.verify.note.Checkpoint;
import io.vigil.audit.verify.note.NoteVerificationException;
import io.vigil.audit.verify.note.SignedNote;
import io.vigil.audit.verify.note.VerifierKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Verifies every checkpoint's signature and fit with the manifest, then the consistency proof between each pair
 * of successive checkpoints; only signature-verified roots are trusted afterwards.
 */
final class CheckpointCheck {

    private final ZipBundle zip;
    private final Manifest manifest;
    private final Faults faults;
    private final NavigableMap<Long, byte[]> verified = new TreeMap<>();
    private final NavigableSet<Long> sizes = new TreeSet<>();

    CheckpointCheck(ZipBundle zip, Manifest manifest, Faults faults) {
        this.zip = zip;
        this.manifest = manifest;
        this.faults = faults;
    }

    /** Checks each checkpoint file and returns the verified roots by tree size. */
    NavigableMap<Long, byte[]> verify(Optional<VerifierKey> key) throws IOException {
        for (String name : zip.names()) {
            if (name.startsWith(BundleFormat.CHECKPOINTS_DIR)) {
                String note = new String(zip.read(name).orElseThrow(), StandardCharsets.UTF_8);
                key.ifPresent(k -> check(name, note, k));
            }
        }
        if (manifest.to() > 0 && !verified.containsKey(manifest.to())) {
            faults.add(FaultKind.CHECKPOINT, BundleFormat.checkpointPath(manifest.to()),
                    "no verified checkpoint at the bundle's final tree size " + manifest.to());
        }
        return verified;
    }

    private void check(String name, String note, VerifierKey key) {
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.parse(SignedNote.parse(note).text());
        } catch (NoteVerificationException e) {
            faults.add(FaultKind.MALFORMED, name, e.getMessage());
            return;
        }
        sizes.add(checkpoint.size());
        try {
            Checkpoint.verify(note, key);
        } catch (NoteVerificationException e) {
            faults.add(FaultKind.CHECKPOINT_SIGNATURE, name, e.getMessage());
            return;
        }
        if (fits(name, checkpoint)) {
            verified.put(checkpoint.size(), checkpoint.rootHash());
        }
    }

    private boolean fits(String name, Checkpoint checkpoint) {
        String problem = null;
        if (!checkpoint.origin().equals(manifest.origin())) {
            problem = "origin \"" + checkpoint.origin() + "\" is not the manifest's \"" + manifest.origin() + "\"";
        } else if (!name.equals(BundleFormat.checkpointPath(checkpoint.size()))) {
            problem = "file name does not match its tree size " + checkpoint.size();
        } else if (checkpoint.size() < Math.max(1, manifest.from()) || checkpoint.size() > manifest.to()) {
            problem = "tree size " + checkpoint.size() + " lies outside the bundle's range";
        }
        if (problem != null) {
            faults.add(FaultKind.CHECKPOINT, name, problem);
        }
        return problem == null;
    }

    /** Verifies a consistency proof between every two successive checkpoints whose roots verified. */
    void consistency() throws IOException {
        List<ConsistencyProof> proofs;
        try {
            proofs = ProofFiles.parseConsistency(zip.read(BundleFormat.CONSISTENCY).orElse(new byte[0]));
        } catch (MalformedJsonException e) {
            faults.add(FaultKind.MALFORMED, BundleFormat.CONSISTENCY, e.getMessage());
            return;
        }
        Long previous = null;
        for (long size : sizes) {
            if (previous != null && verified.containsKey(previous) && verified.containsKey(size)) {
                prove(previous, size, proofs);
            }
            previous = size;
        }
    }

    private void prove(long size1, long size2, List<ConsistencyProof> proofs) {
        String where = "consistency " + size1 + " -> " + size2;
        Optional<ConsistencyProof> proof = proofs.stream().filter(p -> p.size1() == size1 && p.size2() == size2).findFirst();
        if (proof.isEmpty()) {
            faults.add(FaultKind.CONSISTENCY, where, "no consistency proof between these successive checkpoints");
            return;
        }
        try {
            proof.get().verify(verified.get(size1), verified.get(size2));
        } catch (ProofVerificationException e) {
            faults.add(FaultKind.CONSISTENCY, where, e.getMessage() + ": the log's history was rewritten");
        }
    }
}
