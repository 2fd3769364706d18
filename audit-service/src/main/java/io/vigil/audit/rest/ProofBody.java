package io.vigil.audit.rest;

import io.vigil.audit.log.LogReader.EventProof;
import java.util.Base64;
import java.util.List;

/** An RFC 9162 inclusion proof with the signed checkpoint whose root it leads to. */
public record ProofBody(long seq, long treeSize, String leafHash, List<String> hashes, String checkpoint) {

    static ProofBody from(EventProof proof) {
        return new ProofBody(proof.event().seq(), proof.proof().treeSize(),
                Base64.getEncoder().encodeToString(proof.event().leafHash()),
                proof.proof().hashes().stream().map(Base64.getEncoder()::encodeToString).toList(), proof.checkpoint());
    }
}
