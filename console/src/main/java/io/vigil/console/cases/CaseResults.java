package io.vigil.console.cases;

import io.vigil.console.outbound.CallProblem;
import java.util.List;

/**
 * What the list area shows: a page of cases, or the reason there is none. A failure of case-service is a
 * state of the page, not an error page, so the rest of the console stays usable.
 */
public record CaseResults(Outcome outcome, List<CaseSummary> items, String nextCursor, String reason) {

    enum Outcome {
        LOADED, NOT_PERMITTED, UNAVAILABLE
    }

    static CaseResults loaded(CaseList list) {
        return new CaseResults(Outcome.LOADED, list.items(), list.nextCursor(), null);
    }

    static CaseResults failed(CallProblem problem) {
        // 403 is a normal answer for people whose roles hold no case work (SOP authors, auditors).
        if (problem.isForbidden()) {
            return new CaseResults(Outcome.NOT_PERMITTED, List.of(), null, null);
        }
        return new CaseResults(Outcome.UNAVAILABLE, List.of(), null, problem.message());
    }

    public boolean isLoaded() {
        return outcome == Outcome.LOADED;
    }

    public boolean isNotPermitted() {
        return outcome == Outcome.NOT_PERMITTED;
    }

    public boolean isUnavailable() {
        return outcome == Outcome.UNAVAILABLE;
    }

    public boolean isEmpty() {
        return isLoaded() && items.isEmpty();
    }

    public boolean hasNextPage() {
        return isLoaded() && nextCursor != null && !nextCursor.isBlank();
    }
}
