package io.vigil.cases.appeal;

import io.vigil.cases.Case;
import io.vigil.cases.CaseRepository;
import io.vigil.kit.page.Cursor;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading appeals in the caller's regions, with the case that reviews each. */
@ApplicationScoped
public class AppealQueries {

    private final AppealRepository appeals;
    private final CaseRepository cases;

    AppealQueries(AppealRepository appeals, CaseRepository cases) {
        this.appeals = appeals;
        this.cases = cases;
    }

    /** An appeal and the case reviewing it (same region, so visible whenever the appeal is). */
    public record Reviewed(Appeal appeal, Case reviewCase) {
    }

    public Reviewed get(UUID id, Caller caller) {
        Appeal appeal = appeals.findVisible(id, caller.regions(), false)
                .orElseThrow(() -> new AppealNotFoundException(id));
        return reviewed(appeal);
    }

    public Reviewed reviewed(Appeal appeal) {
        return new Reviewed(appeal, cases.findById(appeal.caseId()));
    }

    public Page<Reviewed> list(AppealFilter filter, PageRequest page, Caller caller) {
        if (caller.regions().isEmpty()) {
            return new Page<>(List.of(), null);
        }
        Optional<UUID> after = page.after().map(AppealQueries::cursorId);
        List<Appeal> found = appeals.page(filter, caller.regions(), after, page.limit() + 1);
        boolean more = found.size() > page.limit();
        List<Appeal> items = more ? found.subList(0, page.limit()) : found;
        String next = more ? Cursor.encode(items.get(items.size() - 1).id().toString()) : null;
        return new Page<>(items.stream().map(this::reviewed).toList(), next);
    }

    private static UUID cursorId(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cursor", "is not a cursor this API issued");
        }
    }
}
