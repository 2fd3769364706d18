package io.vigil.audit.rest;

import io.vigil.audit.log.IngestResult;

/** The ingest answer: how many envelopes were new, how many the log already had. */
public record IngestBody(int accepted, int duplicates) {

    static IngestBody from(IngestResult result) {
        return new IngestBody(result.accepted(), result.duplicates());
    }
}
