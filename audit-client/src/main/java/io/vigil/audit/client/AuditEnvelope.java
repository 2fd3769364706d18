package io.vigil.audit.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One audit event exactly as DESIGN.md section 6 defines it: the contract between every producer and
 * audit-service, which hashes it (RFC 8785 canonical JSON) as a Merkle leaf. Absent members are omitted,
 * never sent as {@code null}, so the canonical form does not depend on the producer's JSON settings.
 *
 * @param eventId UUIDv7, the idempotency key of ingest
 * @param producer the emitting service, for example {@code case-service}
 * @param producerSeq gapless per producer; {@code null} until the relay assigns it
 * @param payload personal data sealed under a per-subject key, never in the clear
 * @param personal personal data still to be sealed: audit-service seals it into {@code payload} under the subject's
 *        key at ingest, before the envelope is stored and hashed, so it never enters the log in the clear
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection(targets = {AuditEnvelope.class, AuditEnvelope.Actor.class, AuditEnvelope.Outcome.class,
        AuditEnvelope.Target.class, AuditEnvelope.Reason.class, AuditEnvelope.Sop.class, AuditEnvelope.Subject.class,
        AuditEnvelope.Change.class, AuditEnvelope.Payload.class, AuditEnvelope.Personal.class})
public record AuditEnvelope(UUID eventId, String producer, Long producerSeq, Instant occurredAt, Actor actor,
        String action, Outcome outcome, Target target, String region, Reason reason, Sop sop, String correlationId,
        String traceId, List<Subject> subjects, List<Change> changes, Payload payload, Personal personal) {

    /** Who acted: a user, a service account or the system itself, and whom a service acted for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Actor(ActorType type, String ref, List<String> roles, String onBehalfOf) {
    }

    /** The kinds of actor DESIGN.md section 6 names; serialized in lower case. */
    public enum ActorType {
        user, service, system
    }

    /** Whether the action succeeded, failed or was refused, with a machine-readable code. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outcome(OutcomeStatus status, String code) {
    }

    /** The three outcomes every action has. */
    public enum OutcomeStatus {
        success, failure, denied
    }

    /** What was acted on; {@code version} is the target's version after a successful change. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(String type, String id, Long version) {
    }

    /**
     * Why, as a code from a closed list plus optional text the system wrote (no personal data in it); what a person
     * wrote in their own words goes into {@link Personal} instead.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reason(String code, String text) {
    }

    /** The SOP version the actor followed. */
    public record Sop(String key, int version) {
    }

    /** A data subject the event is about, by reference only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Subject(String ref, String role) {
    }

    /** One changed field; values are references or codes, personal data goes into the payload. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String field, String before, String after) {
    }

    /** Personal data as AES-GCM ciphertext under the key of {@code subjectRef} (base64 nonce and ciphertext). */
    public record Payload(String subjectRef, String keyId, String nonce, String ciphertext) {
    }

    /** Personal data about one subject (for example a reason in a person's own words), sealed by audit-service. */
    public record Personal(String subjectRef, Map<String, String> data) {
    }

    /** The same event with its per-producer sequence number, as the relay sends it. */
    public AuditEnvelope withProducerSeq(long seq) {
        return new AuditEnvelope(eventId, producer, seq, occurredAt, actor, action, outcome, target, region, reason,
                sop, correlationId, traceId, subjects, changes, payload, personal);
    }
}
