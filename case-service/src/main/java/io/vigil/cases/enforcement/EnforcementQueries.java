package io.vigil.cases.enforcement;

import io.vigil.cases.Case;
import io.vigil.cases.CaseService;
import io.vigil.kit.page.Cursor;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading actions in the caller's regions: one, lists, an action's history and its statement of reasons. */
@ApplicationScoped
public class EnforcementQueries {

    private final EnforcementRepository actions;
    private final EnforcementHistory history;
    private final StatementOfReasonsWriter statements;
    private final CaseService cases;

    EnforcementQueries(EnforcementRepository actions, EnforcementHistory history, StatementOfReasonsWriter statements,
            CaseService cases) {
        this.actions = actions;
        this.history = history;
        this.statements = statements;
        this.cases = cases;
    }

    public EnforcementAction get(UUID id, Caller caller) {
        return actions.findVisible(id, caller.regions()).orElseThrow(() -> new EnforcementNotFoundException(id));
    }

    public List<EnforcementEvent> history(UUID id, Caller caller) {
        return history.of(get(id, caller).id());
    }

    public StatementOfReasons statementOfReasons(UUID id, Caller caller) {
        EnforcementAction action = get(id, caller);
        Case kase = cases.get(action.caseId(), caller);
        return statements.write(action, kase);
    }

    public Page<EnforcementAction> list(EnforcementFilter filter, PageRequest page, Caller caller) {
        if (caller.regions().isEmpty()) {
            return new Page<>(List.of(), null);
        }
        Optional<UUID> after = page.after().map(EnforcementQueries::cursorId);
        List<EnforcementAction> found = actions.page(filter, caller.regions(), after, page.limit() + 1);
        boolean more = found.size() > page.limit();
        List<EnforcementAction> items = more ? found.subList(0, page.limit()) : found;
        String next = more ? Cursor.encode(items.get(items.size() - 1).id().toString()) : null;
        return new Page<>(List.copyOf(items), next);
    }

    /** The actions of one case the caller can see; the case itself must be visible (else 404). */
    public Page<EnforcementAction> ofCase(UUID caseId, PageRequest page, Caller caller) {
        cases.get(caseId, caller);
        return list(EnforcementFilter.ofCase(caseId), page, caller);
    }

    private static UUID cursorId(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cursor", "is not a cursor this API issued");
        }
    }
}
