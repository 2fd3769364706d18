package io.vigil.cases.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A case's SLA clock: due and at-risk times for first action and resolution, paused while the case waits for
 * information (the due times move by the paused span), and the next instant its state can change, which is all
 * the scheduler needs to find work with an index.
 */
@Embeddable
public class CaseSla {

    @Enumerated(EnumType.STRING)
    @Column(name = "sla_state")
    private SlaState state;
    @Column(name = "first_action_due")
    private Instant firstActionDue;
    @Column(name = "first_action_risk_at")
    private Instant firstActionRiskAt;
    @Column(name = "first_action_at")
    private Instant firstActionAt;
    @Column(name = "resolution_due")
    private Instant resolutionDue;
    @Column(name = "resolution_risk_at")
    private Instant resolutionRiskAt;
    @Column(name = "sla_paused_since")
    private Instant pausedSince;
    @Column(name = "sla_next_check")
    private Instant nextCheck;

    protected CaseSla() {
    }

    public static CaseSla start(SlaTargets targets, Instant now) {
        CaseSla sla = new CaseSla();
        sla.state = SlaState.ON_TRACK;
        sla.firstActionDue = now.plus(targets.firstAction());
        sla.firstActionRiskAt = now.plus(targets.firstActionRisk());
        sla.restartResolution(targets, now);
        return sla;
    }

    /** Restarts the resolution window, for a reopened case or a priority that changed before any action. */
    public void restartResolution(SlaTargets targets, Instant now) {
        resolutionDue = now.plus(targets.resolution());
        resolutionRiskAt = now.plus(targets.resolutionRisk());
        if (state == SlaState.MET) {
            state = SlaState.ON_TRACK;
        }
        evaluate(now);
    }

    public void recordFirstAction(Instant now) {
        if (firstActionAt == null) {
            firstActionAt = now;
            evaluate(now);
        }
    }

    public void pause(Instant now) {
        if (pausedSince == null && state != SlaState.MET) {
            pausedSince = now;
            nextCheck = null;
        }
    }

    public void resume(Instant now) {
        if (pausedSince == null) {
            return;
        }
        Duration paused = Duration.between(pausedSince, now);
        firstActionDue = firstActionDue.plus(paused);
        firstActionRiskAt = firstActionRiskAt.plus(paused);
        resolutionDue = resolutionDue.plus(paused);
        resolutionRiskAt = resolutionRiskAt.plus(paused);
        pausedSince = null;
        evaluate(now);
    }

    public void resolve(Instant now) {
        resume(now);
        state = state == SlaState.BREACHED ? SlaState.BREACHED : SlaState.MET;
        nextCheck = null;
    }

    /** Brings the state up to {@code now}; returns the state it had before, so callers can tell a change. */
    public SlaState evaluate(Instant now) {
        SlaState before = state;
        if (state == SlaState.MET || pausedSince != null) {
            return before;
        }
        if (dues().anyMatch(due -> !due.isAfter(now))) {
            state = SlaState.BREACHED;
        } else if (state != SlaState.BREACHED && risks().anyMatch(risk -> !risk.isAfter(now))) {
            state = SlaState.AT_RISK;
        }
        nextCheck = state == SlaState.BREACHED ? null
                : Stream.concat(risks(), dues()).filter(t -> t.isAfter(now)).min(Instant::compareTo).orElse(null);
        return before;
    }

    /** Deadlines still open: first action only until it happened, resolution until resolved. */
    private Stream<Instant> dues() {
        return firstActionAt == null ? Stream.of(firstActionDue, resolutionDue) : Stream.of(resolutionDue);
    }

    private Stream<Instant> risks() {
        return firstActionAt == null ? Stream.of(firstActionRiskAt, resolutionRiskAt) : Stream.of(resolutionRiskAt);
    }

    public SlaState state() {
        return state;
    }

    public Instant firstActionDue() {
        return firstActionDue;
    }

    public Optional<Instant> firstActionAt() {
        return Optional.ofNullable(firstActionAt);
    }

    public Instant resolutionDue() {
        return resolutionDue;
    }

    public boolean paused() {
        return pausedSince != null;
    }

    public Optional<Instant> nextCheck() {
        return Optional.ofNullable(nextCheck);
    }
}
