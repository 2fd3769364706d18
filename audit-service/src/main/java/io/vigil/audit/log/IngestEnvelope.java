package io.vigil.audit.log;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit envelope of DESIGN.md section 6 as ingest accepts it. Unknown members are refused rather than
 * dropped, because the stored (and hashed) envelope must be what the producer meant to say; {@link EnvelopeRules}
 * checks the rest.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = false)
@RegisterForReflection(targets = {IngestEnvelope.class, IngestEnvelope.Actor.class, IngestEnvelope.Outcome.class,
        IngestEnvelope.Target.class, IngestEnvelope.Reason.class, IngestEnvelope.Sop.class,
        IngestEnvelope.Subject.class, IngestEnvelope.Change.class, IngestEnvelope.Payload.class,
        IngestEnvelope.Personal.class})
public record IngestEnvelope(
        UUID eventId,
        String producer,
        Long producerSeq,
        Instant occurredAt,
        Actor actor,
        String action,
        Outcome outcome,
        Target target,
        String region,
        Reason reason,
        Sop sop,
        String correlationId,
        String traceId,
        List<Subject> subjects,
        List<Change> changes,
        Payload payload,
        Personal personal) {

    /** The same envelope with its personal data replaced by the sealed payload. */
    public IngestEnvelope sealed(Payload sealedPayload) {
        return new IngestEnvelope(eventId, producer, producerSeq, occurredAt, actor, action, outcome, target, region,
                reason, sop, correlationId, traceId, subjects, changes, sealedPayload, null);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Actor(ActorType type, String ref, List<String> roles, String onBehalfOf) {
    }

    public enum ActorType {
        user, service, system
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Outcome(OutcomeStatus status, String code) {
    }

    public enum OutcomeStatus {
        success, failure, denied
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Target(String type, String id, Long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Reason(String code, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Sop(String key, Integer version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Subject(String ref, String role) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Change(String field, String before, String after) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Payload(String subjectRef, String keyId, String nonce, String ciphertext) {
    }

    /**
     * Personal data about one subject, sent in the clear over TLS and never stored so: ingest seals it into
     * {@code payload} under that subject's key (AES-GCM) before the envelope is canonicalised and hashed.
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Personal(String subjectRef, Map<String, Object> data) {
    }
}
