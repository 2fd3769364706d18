package io.vigil.console.audit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** audit-service's RFC 9162 inclusion proof, with the signed checkpoint whose root it claims to lead to. */
@RegisterForReflection
public record InclusionProofBody(long seq, long treeSize, String leafHash, List<String> hashes, String checkpoint) {

    public InclusionProofBody {
        hashes = hashes == null ? List.of() : List.copyOf(hashes);
    }
}
