package io.vigil.audit.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.vigil.audit.log.LoggedEvent;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * An event as DESIGN.md section 3 shows it. The envelope is the stored canonical JSON, passed through byte for
 * byte, so anyone can recompute {@code leafHash} = SHA-256(0x00 || envelope) from this answer alone.
 */
public record EventBody(long seq, String recordedAt, String leafHash, @JsonRawValue String envelope) {

    /** Six fractional digits, as export bundles write it, so the same event reads the same everywhere. */
    static final DateTimeFormatter RECORDED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    static EventBody from(LoggedEvent event) {
        return new EventBody(event.seq(), RECORDED_AT.format(event.recordedAt()),
                Base64.getEncoder().encodeToString(event.leafHash()), event.envelope());
    }
}
