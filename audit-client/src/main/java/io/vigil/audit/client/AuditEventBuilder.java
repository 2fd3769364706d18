package io.vigil.audit.client;

import io.vigil.audit.client.AuditEnvelope.Actor;
import io.vigil.audit.client.AuditEnvelope.Change;
import io.vigil.audit.client.AuditEnvelope.Outcome;
import io.vigil.audit.client.AuditEnvelope.OutcomeStatus;
import io.vigil.audit.client.AuditEnvelope.Payload;
import io.vigil.audit.client.AuditEnvelope.Personal;
import io.vigil.audit.client.AuditEnvelope.Reason;
import io.vigil.audit.client.AuditEnvelope.Sop;
import io.vigil.audit.client.AuditEnvelope.Subject;
import io.vigil.audit.client.AuditEnvelope.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds one envelope whose identity, time, actor, request and trace ids are already filled in by
 * {@link AuditLog#event}; the producer adds what happened and then records it.
 */
public final class AuditEventBuilder {

    private final OutboxWriter outbox;
    private final UUID eventId;
    private final String producer;
    private final Instant occurredAt;
    private final String action;
    private final String correlationId;
    private final String traceId;
    private final List<Subject> subjects = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private Actor actor;
    private Outcome outcome = new Outcome(OutcomeStatus.success, null);
    private Target target;
    private String region;
    private Reason reason;
    private Sop sop;
    private Payload payload;
    private final Map<String, String> personal = new LinkedHashMap<>();
    private String personalSubject;

    AuditEventBuilder(OutboxWriter outbox, EventOrigin origin, String action) {
        this.outbox = outbox;
        this.eventId = origin.eventId();
        this.producer = origin.producer();
        this.occurredAt = origin.occurredAt();
        this.actor = origin.actor();
        this.correlationId = origin.correlationId();
        this.traceId = origin.traceId();
        this.action = action;
    }

    public AuditEventBuilder target(String type, String id, Long version) {
        this.target = new Target(type, id, version);
        return this;
    }

    public AuditEventBuilder region(String region) {
        this.region = region;
        return this;
    }

    public AuditEventBuilder failed(String code) {
        this.outcome = new Outcome(OutcomeStatus.failure, code);
        return this;
    }

    public AuditEventBuilder denied(String code) {
        this.outcome = new Outcome(OutcomeStatus.denied, code);
        return this;
    }

    public AuditEventBuilder reason(String code, String text) {
        this.reason = new Reason(code, text);
        return this;
    }

    /**
     * A reason a person gave in their own words: the code stays in the clear, the words are personal data (DESIGN.md
     * section 6) and travel as {@code personal.data.reason}, sealed by audit-service under the event's subject.
     */
    public AuditEventBuilder givenReason(String code, String words) {
        this.reason = new Reason(code, null);
        return personal("reason", words);
    }

    /** Adds one item of personal data; blank values are left out. */
    public AuditEventBuilder personal(String field, String value) {
        if (value != null && !value.isBlank()) {
            personal.put(field, value);
        }
        return this;
    }

    /**
     * Names whose key seals this event's personal data; without it the first subject's, or else the target's
     * ({@code type:id}), so erasing that subject also makes the words unreadable.
     */
    public AuditEventBuilder personalDataOf(String subjectRef) {
        this.personalSubject = subjectRef;
        return this;
    }

    public AuditEventBuilder sop(String key, int version) {
        this.sop = new Sop(key, version);
        return this;
    }

    public AuditEventBuilder subject(String ref, String role) {
        subjects.add(new Subject(ref, role));
        return this;
    }

    public AuditEventBuilder change(String field, String before, String after) {
        changes.add(new Change(field, before, after));
        return this;
    }

    public AuditEventBuilder payload(Payload sealed) {
        this.payload = sealed;
        return this;
    }

    /** Marks the actor as acting for someone else, for example a service acting for a user. */
    public AuditEventBuilder onBehalfOf(String ref) {
        this.actor = new Actor(actor.type(), actor.ref(), actor.roles(), ref);
        return this;
    }

    public AuditEnvelope build() {
        return new AuditEnvelope(eventId, producer, null, occurredAt, actor, action, outcome, target, region, reason,
                sop, correlationId, traceId, subjects.isEmpty() ? null : List.copyOf(subjects),
                changes.isEmpty() ? null : List.copyOf(changes), payload,
                personal.isEmpty() ? null : new Personal(sealingSubject(), Map.copyOf(personal)));
    }

    private String sealingSubject() {
        if (personalSubject != null) {
            return personalSubject;
        }
        if (!subjects.isEmpty()) {
            return subjects.get(0).ref();
        }
        if (target != null) {
            return target.type() + ":" + target.id();
        }
        throw new IllegalStateException("event " + action + " carries personal data but names no subject or target");
    }

    /** Writes the event into the outbox in the caller's transaction, so it commits or rolls back with the change. */
    public UUID record() {
        return outbox.append(build());
    }

    /**
     * Writes the event in a transaction of its own, for denied and failed attempts whose business transaction
     * rolls back (or never started) but which must still be audited.
     */
    public UUID recordSeparately() {
        return outbox.appendSeparately(build());
    }
}
