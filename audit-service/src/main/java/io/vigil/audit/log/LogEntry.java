package io.vigil.audit.log;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.audit.verify.merkle.TreeHasher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One event ready to append: its canonical envelope (stored and hashed byte for byte), its RFC 9162 leaf hash and
 * the columns queries filter on, taken from the validated envelope when ingest has it, or from queued JSON otherwise.
 */
record LogEntry(UUID eventId, String producer, long producerSeq, String occurredAt, String action, String outcome,
        String actorRef, String targetType, String targetId, String region, String sopKey, Integer sopVersion,
        List<String> subjectRefs, String envelope, byte[] leafHash) {

    // A leaf hash depends only on the envelope, so it is computed where the envelope is made, off the sequencer thread.
    private static final ThreadLocal<TreeHasher> HASHER = ThreadLocal.withInitial(TreeHasher::create);

    /** From an envelope whose personal data is sealed, with its canonical text. */
    static LogEntry of(IngestEnvelope e, String canonical) {
        Set<String> refs = new LinkedHashSet<>();
        if (e.subjects() != null) {
            e.subjects().forEach(s -> refs.add(s.ref()));
        }
        if (e.payload() != null) {
            refs.add(e.payload().subjectRef());
        }
        return new LogEntry(e.eventId(), e.producer(), e.producerSeq(), e.occurredAt().toString(), e.action(),
                e.outcome().status().name(), e.actor().ref(), e.target() == null ? null : e.target().type(),
                e.target() == null ? null : e.target().id(), e.region(), e.sop() == null ? null : e.sop().key(),
                e.sop() == null ? null : e.sop().version(), new ArrayList<>(refs), canonical, leafHash(canonical));
    }

    /** From a queued envelope's JSON (events queued by a standby or by audit-service itself). */
    static LogEntry of(UUID eventId, JsonNode e, String canonical) {
        Set<String> refs = new LinkedHashSet<>();
        e.path("subjects").forEach(s -> refs.add(s.path("ref").asText()));
        String sealedFor = text(e, "/payload/subjectRef");
        if (sealedFor != null) {
            refs.add(sealedFor);
        }
        JsonNode sopVersion = e.at("/sop/version");
        return new LogEntry(eventId, e.get("producer").asText(), e.get("producerSeq").asLong(), e.get("occurredAt").asText(),
                e.get("action").asText(), e.at("/outcome/status").asText(), text(e, "/actor/ref"), text(e, "/target/type"),
                text(e, "/target/id"), text(e, "/region"), text(e, "/sop/key"),
                sopVersion.isMissingNode() ? null : sopVersion.asInt(), new ArrayList<>(refs), canonical, leafHash(canonical));
    }

    private static byte[] leafHash(String canonical) {
        return HASHER.get().hashLeaf(canonical.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(JsonNode envelope, String pointer) {
        JsonNode value = envelope.at(pointer);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
