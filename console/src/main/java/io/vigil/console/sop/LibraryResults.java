package io.vigil.console.sop;

import io.vigil.console.outbound.ServiceFailure;
import java.util.List;

/**
 * What the library list shows: a page of SOPs, the domains there are to filter by, or the failure that stands in
 * for them. {@code truncated} says the library was larger than the console reads in one go.
 */
public record LibraryResults(List<LibraryRow> rows, List<String> domains, String nextCursor, boolean truncated,
        ServiceFailure failure) {

    static LibraryResults failed(ServiceFailure failure) {
        return new LibraryResults(List.of(), List.of(), null, false, failure);
    }

    public boolean isEmpty() {
        return failure == null && rows.isEmpty();
    }

    public boolean hasNextPage() {
        return failure == null && nextCursor != null;
    }
}
