package io.vigil.audit.verify.bundle;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Realistic audit envelopes (DESIGN section 6 fields), deterministic per index, for tests and the bench. */
public final class Envelopes {

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final long START = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli() * 1000;
    private static final String[] ACTIONS = {"case.transition", "enforcement.approve", "sop.publish", "access.denied", "case.claim"};
    private static final String[] REGIONS = {"US", "EU", "SG"};

    private Envelopes() {
    }

    /** recordedAt of event {@code i}: strictly increasing, microsecond precision. */
    public static String recordedAt(long i) {
        long micros = START + i * 137;
        return MICROS.format(Instant.ofEpochSecond(micros / 1_000_000, micros % 1_000_000 * 1000));
    }

    /** The envelope of event {@code i}, members in producer order (not canonical), so writers must canonicalise. */
    public static String envelope(long i) {
        String producer = i % 3 == 0 ? "sop-service" : "case-service";
        String action = ACTIONS[(int) (i % ACTIONS.length)];
        String reason = i % 97 == 0 ? "R\u00e9gion restreinte" : "policy-" + (i % 13); // some non-ASCII text
        return "{\"eventId\":\"" + new UUID(0x0190_0000_0000_7000L | i, 0x8000_0000_0000_0000L | i) + "\","
                + "\"producer\":\"" + producer + "\",\"producerSeq\":" + (i / 2) + ","
                + "\"occurredAt\":\"" + recordedAt(i) + "\","
                + "\"actor\":{\"type\":\"user\",\"ref\":\"u-" + (i % 50) + "\",\"roles\":[\"investigator\",\"lead\"],\"onBehalfOf\":null},"
                + "\"action\":\"" + action + "\",\"outcome\":{\"status\":\"success\",\"code\":\"OK\"},"
                + "\"target\":{\"type\":\"case\",\"id\":\"" + new UUID(0x0190_1111_2222_7000L, i) + "\",\"version\":" + (i % 7 + 1) + "},"
                + "\"region\":\"" + REGIONS[(int) (i % 3)] + "\",\"reason\":{\"code\":\"" + reason + "\",\"text\":null},"
                + "\"sop\":{\"key\":\"shop.counterfeit\",\"version\":3},\"correlationId\":\"c-" + Long.toHexString(i * 7919) + "\","
                + "\"traceId\":\"" + String.format("%032x", i * 1_000_003L) + "\","
                + "\"subjects\":[{\"ref\":\"A-" + (i % 1000) + "\",\"role\":\"account\"}],"
                + "\"changes\":[{\"field\":\"status\",\"before\":\"TRIAGED\",\"after\":\"INVESTIGATING\"}],"
                + "\"payload\":{\"keyId\":\"subject-" + (i % 1000) + "\",\"ciphertext\":\"q9VYd2xq0bWz3tP6XlYc4k7h0s1Qm8Jw+fF2Gk3nR5E=\"}}";
    }
}
