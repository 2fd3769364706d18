package io.vigil.audit.verify.bundle;

/**
 * The parts of one {@code events.ndjson} line the verifier needs, as slices of byte arrays.
 *
 * <p>Deliberately a mutable holder reused for every line: verifying a million events must not allocate a
 * million objects. Slices may point into the reader's buffer and are valid only until the next line.
 */
final class EventLine {

    long seq;
    byte[] recordedAt;
    int recordedAtOffset;
    int recordedAtLength;
    byte[] leafHash;
    int leafHashOffset;
    int leafHashLength;
    byte[] envelope;
    int envelopeOffset;
    int envelopeLength;
}
