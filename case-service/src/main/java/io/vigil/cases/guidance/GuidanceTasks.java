package io.vigil.cases.guidance;

import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.CaseService;
import io.vigil.cases.task.Task;
import io.vigil.cases.task.TaskService;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Turns the steps of the SOP that applies to a case (the walk's version, else the one in effect) into tasks,
 * through the task module's generation, which skips steps of that version already generated.
 */
@ApplicationScoped
public class GuidanceTasks {

    private static final String ACTION = "case.task-generate";

    private final CaseService cases;
    private final CaseAudit audit;
    private final GuidanceWalks walks;
    private final GuidanceReader reader;
    private final TaskService tasks;

    GuidanceTasks(CaseService cases, CaseAudit audit, GuidanceWalks walks, GuidanceReader reader, TaskService tasks) {
        this.cases = cases;
        this.audit = audit;
        this.walks = walks;
        this.reader = reader;
        this.tasks = tasks;
    }

    public List<Task> generate(UUID caseId, Caller caller) {
        Case kase = cases.getFor(ACTION, caseId, caller);
        SopLookup lookup = reader.lookUp(kase, walks.findByIdOptional(caseId));
        if (lookup.kind() == SopLookup.Kind.UNAVAILABLE) {
            throw new GuidanceUnavailableException(lookup.reason());
        }
        if (lookup.kind() == SopLookup.Kind.NONE_APPLIES) {
            audit.denied(ACTION, caseId, kase.region(), "no-sop-applies", kase.domain() + "/" + kase.category());
            throw NoSopAppliesException.to(kase);
        }
        SopGuidance sop = lookup.sop();
        List<String> steps = SopSteps.items(sop.steps());
        if (steps.isEmpty()) {
            audit.denied(ACTION, caseId, kase.region(), "sop-without-steps", sop.key() + " v" + sop.version());
            throw new ConflictException("sop-without-steps", "SOP " + sop.key() + " v" + sop.version()
                    + " lists no steps");
        }
        return tasks.generate(caseId, sop.key(), sop.version(), steps, caller);
    }
}
