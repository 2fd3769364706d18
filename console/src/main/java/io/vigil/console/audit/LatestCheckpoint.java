package io.vigil.console.audit;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The latest signed checkpoint; only {@code note} is trusted, and only after its signature is checked. */
@RegisterForReflection
public record LatestCheckpoint(String origin, long size, String rootHash, String note) {
}
