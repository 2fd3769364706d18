package io.vigil.cases.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of an action's history: what happened, the status before and after, who, when and why. */
@Entity
@Table(name = "enforcement_event")
public class EnforcementEvent {

    @Id
    private UUID id;
    @Column(name = "action_id")
    private UUID actionId;
    @Enumerated(EnumType.STRING)
    private EnforcementEventKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private EnforcementStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private EnforcementStatus to;
    private String actor;
    private Instant at;
    private String reason;

    protected EnforcementEvent() {
    }

    EnforcementEvent(UUID id, UUID actionId, EnforcementEventKind kind, EnforcementStatus from,
            EnforcementStatus to, String actor, Instant at, String reason) {
        this.id = id;
        this.actionId = actionId;
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.at = at;
        this.reason = reason;
    }

    public UUID id() {
        return id;
    }

    public EnforcementEventKind kind() {
        return kind;
    }

    public EnforcementStatus from() {
        return from;
    }

    public EnforcementStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public String reason() {
        return reason;
    }
}
