package io.vigil.cases.incident;

import io.vigil.kit.problem.ConflictException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Closing was refused by {@link IncidentClosure}; the problem says what is still missing. */
public class IncidentNotClosableException extends ConflictException {

    IncidentNotClosableException(String slug, String detail, Map<String, Object> extensions) {
        super(slug, detail, extensions);
    }

    /** One open action as the refusal names it (a plain map, so the problem needs no reflection to render). */
    private static Map<String, String> describe(CorrectiveAction action) {
        Map<String, String> described = new LinkedHashMap<>();
        described.put("id", action.id().toString());
        described.put("title", action.title());
        described.put("owner", action.owner());
        described.put("dueDate", action.dueDate().toString());
        described.put("status", action.status().name());
        return described;
    }

    static IncidentNotClosableException openActions(List<CorrectiveAction> open) {
        return new IncidentNotClosableException("open-corrective-actions", open.size()
                + " corrective action(s) are still open; finish them or record a waiver for each",
                Map.of("openActions", open.stream().map(IncidentNotClosableException::describe).toList()));
    }

    static IncidentNotClosableException rcaRequired(IncidentSeverity severity) {
        return new IncidentNotClosableException("rca-required", "A " + severity
                + " incident closes only once an RCA report is saved", Map.of("severity", severity.name()));
    }
}
