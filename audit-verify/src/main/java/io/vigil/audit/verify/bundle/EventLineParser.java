package io.vigil.audit.verify.bundle;

import io.vigil.audit.verify.json.CanonicalJson;
import io.vigil.audit.verify.json.CanonicalScanner;
import io.vigil.audit.verify.json.JsonReader;
import io.vigil.audit.verify.json.JsonValue.JsonObject;
import io.vigil.audit.verify.json.MalformedJsonException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Splits an event line into seq, recordedAt, leafHash and the envelope's canonical bytes. Lines exactly as
 * {@link BundleWriter} writes them take an allocation-free path; any other valid JSON line takes the general
 * path through {@link JsonReader} and {@link CanonicalJson}, so the result never depends on which path ran.
 */
final class EventLineParser {

    private static final byte[] SEQ = ascii("{\"seq\":");
    private static final byte[] RECORDED_AT = ascii(",\"recordedAt\":\"");
    private static final byte[] LEAF_HASH = ascii("\",\"leafHash\":\"");
    private static final byte[] ENVELOPE = ascii("\",\"envelope\":");
    private static final Set<String> MEMBERS = Set.of("seq", "recordedAt", "leafHash", "envelope");

    /** Fills {@code out} from the line {@code b[start, end)}; throws {@link MalformedJsonException} if it is not an event. */
    void parse(byte[] b, int start, int end, EventLine out) {
        if (!fast(b, start, end, out)) {
            general(b, start, end, out);
        }
    }

    private static boolean fast(byte[] b, int start, int end, EventLine out) {
        int i = expect(b, start, end, SEQ);
        long seq = 0;
        int digits = 0;
        while (i >= 0 && i < end && b[i] >= '0' && b[i] <= '9' && digits < 16) {
            seq = seq * 10 + (b[i++] - '0');
            digits++;
        }
        if (digits == 0 || (digits > 1 && b[i - digits] == '0')) {
            return false;
        }
        int recordedAt = expect(b, i, end, RECORDED_AT);
        int recordedAtEnd = quoteEnd(b, recordedAt, end);
        int leafHash = expect(b, recordedAtEnd, end, LEAF_HASH);
        int leafHashEnd = quoteEnd(b, leafHash, end);
        int envelope = expect(b, leafHashEnd, end, ENVELOPE);
        if (envelope < 0 || envelope >= end || b[envelope] != '{') {
            return false;
        }
        int envelopeEnd = CanonicalScanner.scan(b, envelope, end);
        if (envelopeEnd < 0 || envelopeEnd != end - 1 || b[envelopeEnd] != '}') {
            return false;
        }
        out.seq = seq;
        set(out, b, recordedAt, recordedAtEnd, leafHash, leafHashEnd);
        out.envelope = b;
        out.envelopeOffset = envelope;
        out.envelopeLength = envelopeEnd - envelope;
        return true;
    }

    private static void set(EventLine out, byte[] b, int recordedAt, int recordedAtEnd, int leafHash, int leafHashEnd) {
        out.recordedAt = b;
        out.recordedAtOffset = recordedAt;
        out.recordedAtLength = recordedAtEnd - recordedAt;
        out.leafHash = b;
        out.leafHashOffset = leafHash;
        out.leafHashLength = leafHashEnd - leafHash;
    }

    private static void general(byte[] b, int start, int end, EventLine out) {
        JsonObject line = JsonFields.object(JsonReader.parse(decode(b, start, end)), "event line");
        if (!MEMBERS.equals(line.members().keySet())) {
            throw new MalformedJsonException("event line must have exactly the members " + MEMBERS);
        }
        out.seq = JsonFields.count(line, "seq");
        byte[] recordedAt = ascii(JsonFields.string(line, "recordedAt"));
        byte[] leafHash = ascii(JsonFields.string(line, "leafHash"));
        byte[] envelope = CanonicalJson.canonicalize(JsonFields.object(line.get("envelope"), "envelope"));
        set(out, recordedAt, 0, recordedAt.length, 0, 0);
        out.leafHash = leafHash;
        out.leafHashLength = leafHash.length;
        out.envelope = envelope;
        out.envelopeOffset = 0;
        out.envelopeLength = envelope.length;
    }

    private static String decode(byte[] b, int start, int end) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedJsonException("line is not valid UTF-8");
        }
    }

    private static int expect(byte[] b, int i, int end, byte[] literal) {
        if (i < 0 || i + literal.length > end) {
            return -1;
        }
        for (int k = 0; k < literal.length; k++) {
            if (b[i + k] != literal[k]) {
                return -1;
            }
        }
        return i + literal.length;
    }

    /** End of a plain (escape-free, printable ASCII) string body starting at {@code i}. */
    private static int quoteEnd(byte[] b, int i, int end) {
        while (i >= 0 && i < end && b[i] != '"') {
            if (b[i] < 0x20 || b[i] == '\\') {
                return -1;
            }
            i++;
        }
        return i < end ? i : -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
