package io.vigil.cases.sla;

import io.micrometer.core.instrument.MeterRegistry;
import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.CaseRepository;
import io.vigil.cases.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One pass of the SLA scheduler: finds the cases whose state may have changed (by their next-check time), marks
 * them AT_RISK or BREACHED, and escalates breached urgent ones. Rows are taken with SKIP LOCKED, so replicas
 * sweeping at once split the work instead of fighting over it.
 */
@ApplicationScoped
public class SlaSweep {

    private final CaseRepository cases;
    private final SlaEscalation escalation;
    private final CaseAudit audit;
    private final Timeline timeline;
    private final MeterRegistry meters;
    private final Clock clock;
    private final int batch;

    SlaSweep(CaseRepository cases, SlaEscalation escalation, CaseAudit audit, Timeline timeline,
            MeterRegistry meters, Clock clock, SlaConfig config) {
        this.cases = cases;
        this.escalation = escalation;
        this.audit = audit;
        this.timeline = timeline;
        this.meters = meters;
        this.clock = clock;
        this.batch = config.sweepBatch();
    }

    /** Handles one batch; returns how many cases it looked at, so the scheduler knows whether to go on. */
    @Transactional
    public int sweep() {
        Instant now = clock.instant();
        List<Case> due = cases.lockSlaDue(now, batch);
        due.forEach(kase -> check(kase, now));
        cases.flush();
        return due.size();
    }

    private void check(Case kase, Instant now) {
        SlaState before = kase.checkSla(now);
        SlaState after = kase.sla().state();
        if (before == after) {
            return;
        }
        cases.flush();
        String action = "case.sla-" + after.name().toLowerCase(Locale.ROOT).replace('_', '-');
        timeline.record(kase.id(), "sla", null, "SLA " + before + " → " + after);
        audit.about(action, kase).change("slaState", before.name(), after.name()).record();
        meters.counter("vigil_case_sla_transitions", "state", after.name(), "priority", kase.priority().name())
                .increment();
        if (after == SlaState.BREACHED) {
            escalation.escalateIfUrgent(kase, now);
        }
    }
}
