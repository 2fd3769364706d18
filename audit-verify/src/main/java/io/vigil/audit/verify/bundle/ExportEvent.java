package io.vigil.audit.verify.bundle;

import java.util.regex.Pattern;

/**
 * One event as the audit-service exports it.
 *
 * @param seq the event's leaf index in the log
 * @param recordedAt when the sequencer appended it: RFC 3339 UTC with exactly six fractional digits, for example
 *     {@code 2026-03-01T12:00:00.000123Z}, so that byte order is time order
 * @param envelopeJson the envelope exactly as stored, as JSON text; it is canonicalised (RFC 8785) for hashing
 */
public record ExportEvent(long seq, String recordedAt, String envelopeJson) {

    private static final Pattern RECORDED_AT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");

    /** Rejects negative seqs and timestamps not in the fixed-width form the verifier compares bytewise. */
    public ExportEvent {
        if (seq < 0 || !RECORDED_AT.matcher(recordedAt).matches()) {
            throw new IllegalArgumentException("bad seq " + seq + " or recordedAt \"" + recordedAt + "\"");
        }
    }
}
