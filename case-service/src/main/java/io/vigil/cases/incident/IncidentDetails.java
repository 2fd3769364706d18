package io.vigil.cases.incident;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** What a lead says an incident is: the parts that can be revised while it is not closed. */
public record IncidentDetails(String title, String description, IncidentKind kind, IncidentSeverity severity,
        SortedSet<String> regions) {

    public IncidentDetails {
        regions = new TreeSet<>(regions);
    }

    public static IncidentDetails of(String title, String description, IncidentKind kind, IncidentSeverity severity,
            List<String> regions) {
        return new IncidentDetails(title, description, kind, severity, new TreeSet<>(regions));
    }
}
