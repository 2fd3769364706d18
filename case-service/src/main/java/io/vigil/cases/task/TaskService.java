package io.vigil.cases.task;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.vigil.cases.Case;
import io.vigil.cases.CaseAudit;
import io.vigil.cases.CaseService;
import io.vigil.cases.timeline.Timeline;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Tasks on cases the caller can see: add, generate from SOP steps, complete, reopen, list. */
@ApplicationScoped
public class TaskService implements PanacheRepositoryBase<Task, UUID> {

    private final CaseService cases;
    private final CaseAudit audit;
    private final Timeline timeline;
    private final IdGenerator ids;
    private final Clock clock;

    TaskService(CaseService cases, CaseAudit audit, Timeline timeline, IdGenerator ids, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.timeline = timeline;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public Task add(UUID caseId, String title, Caller caller) {
        Case kase = cases.getFor("case.task-add", caseId, caller);
        Task task = new Task(ids.next(), caseId, title, null, caller.username(), clock.instant());
        persist(task);
        timeline.record(caseId, "task", caller.username(), "Task added: " + title);
        audit.about("case.task-add", kase).change("tasks", null, task.id().toString()).record();
        return task;
    }

    /** One task per step; steps already generated from this SOP version are skipped, so a retry adds nothing. */
    @Transactional
    public List<Task> generate(UUID caseId, String sopKey, int sopVersion, List<String> steps, Caller caller) {
        Case kase = cases.getFor("case.task-generate", caseId, caller);
        List<Task> created = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            SopStep origin = new SopStep(sopKey, sopVersion, i + 1);
            if (count("caseId = :c and sopKey = :k and sopVersion = :v and sopStep = :s", Parameters.with("c", caseId)
                    .and("k", sopKey).and("v", sopVersion).and("s", i + 1)) == 0) {
                Task task = new Task(ids.next(), caseId, steps.get(i), origin, caller.username(), clock.instant());
                persist(task);
                created.add(task);
            }
        }
        if (!created.isEmpty()) {
            timeline.record(caseId, "task", caller.username(),
                    created.size() + " tasks generated from SOP " + sopKey + " v" + sopVersion);
            audit.about("case.task-generate", kase).sop(sopKey, sopVersion)
                    .change("tasks", null, String.valueOf(created.size())).record();
        }
        return created;
    }

    @Transactional
    public Task complete(UUID caseId, UUID taskId, Caller caller) {
        return change(caseId, taskId, true, caller);
    }

    @Transactional
    public Task reopen(UUID caseId, UUID taskId, Caller caller) {
        return change(caseId, taskId, false, caller);
    }

    public List<Task> of(UUID caseId, Caller caller) {
        cases.get(caseId, caller);
        return list("caseId = ?1 order by id", caseId);
    }

    private Task change(UUID caseId, UUID taskId, boolean done, Caller caller) {
        String action = done ? "case.task-complete" : "case.task-reopen";
        Case kase = cases.getFor(action, caseId, caller);
        Task task = find("id = ?1 and caseId = ?2", taskId, caseId).firstResultOptional().orElseThrow(() -> {
            audit.denied(action, caseId, kase.region(), "not-found", "no task " + taskId + " on this case");
            return new TaskNotFoundException(taskId);
        });
        try {
            if (done) {
                task.complete(caller.username(), clock.instant());
            } else {
                task.reopen();
            }
        } catch (TaskStateException stale) {
            audit.denied(action, caseId, kase.region(), stale.slug(), stale.getMessage());
            throw stale;
        }
        flush();
        timeline.record(caseId, "task", caller.username(), (done ? "Task done: " : "Task reopened: ") + task.title());
        audit.about(action, kase).change("task." + taskId, done ? "OPEN" : "DONE", task.status().name()).record();
        return task;
    }
}
