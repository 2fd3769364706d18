package io.vigil.console.cases;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** One keyset page of cases as case-service answers it. */
@RegisterForReflection
public record CaseList(List<CaseSummary> items, String nextCursor) {

    public CaseList {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasMore() {
        return nextCursor != null && !nextCursor.isBlank();
    }
}
