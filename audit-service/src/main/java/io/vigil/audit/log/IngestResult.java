package io.vigil.audit.log;

/** How many envelopes of a batch were new and how many the log already held (or saw twice in the batch). */
public record IngestResult(int accepted, int duplicates) {
}
