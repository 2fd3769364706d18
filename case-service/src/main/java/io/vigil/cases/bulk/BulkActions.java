package io.vigil.cases.bulk;

import io.vigil.cases.Case;
import io.vigil.cases.CaseWorkflow;
import io.vigil.kit.problem.ProblemException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Applies one command to each case of a selection. Deliberately not transactional: each case goes through
 * the same use case as a single request, in its own transaction with its own audit event, so one refusal
 * neither undoes nor blocks the others.
 */
@ApplicationScoped
public class BulkActions {

    private static final Logger LOG = Logger.getLogger(BulkActions.class);

    private final CaseWorkflow workflow;

    BulkActions(CaseWorkflow workflow) {
        this.workflow = workflow;
    }

    /** One case's outcome: the case as it now stands, or the status, problem type and detail of the refusal. */
    public record Outcome(UUID id, Case kase, int status, String problem, String detail) {

        static Outcome done(UUID id, Case kase) {
            return new Outcome(id, kase, 200, null, null);
        }

        static Outcome refused(UUID id, int status, String problem, String detail) {
            return new Outcome(id, null, status, problem, detail);
        }
    }

    public List<Outcome> apply(BulkCommand command, Caller caller) {
        return command.ids().stream().map(id -> one(command, id, caller)).toList();
    }

    private Outcome one(BulkCommand command, UUID id, Caller caller) {
        try {
            return Outcome.done(id, run(command, id, caller));
        } catch (ProblemException refused) {
            return Outcome.refused(id, refused.status(), refused.slug(), refused.getMessage());
        } catch (RuntimeException failed) {
            if (concurrent(failed)) {
                return Outcome.refused(id, 409, "concurrent-update",
                        "someone else changed this case at the same moment");
            }
            // The other cases still get their turn; this one is reported, never half-done (its transaction
            // rolled back).
            LOG.errorf(failed, "bulk %s failed on case %s", command.action(), id);
            return Outcome.refused(id, 500, "internal-error", "this case could not be changed; nothing of it was kept");
        }
    }

    private Case run(BulkCommand command, UUID id, Caller caller) {
        return switch (command.action()) {
            case ASSIGN -> workflow.assign(id, command.assignee(), OptionalLong.empty(), caller);
            case TRANSITION -> workflow.transition(id, command.to(), command.reason(), OptionalLong.empty(), caller);
            case LABEL -> workflow.label(id, command.label(), true, caller);
            case UNLABEL -> workflow.label(id, command.label(), false, caller);
        };
    }

    private static boolean concurrent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
