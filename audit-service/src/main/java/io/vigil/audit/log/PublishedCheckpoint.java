package io.vigil.audit.log;

/** A signed checkpoint with its fields pulled out for clients that read JSON. */
public record PublishedCheckpoint(String origin, long size, byte[] rootHash, String note) {
}
