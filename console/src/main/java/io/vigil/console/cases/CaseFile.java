package io.vigil.console.cases;

import java.util.List;
import java.util.Map;

/**
 * Everything the case page shows about one case. Each section was fetched on its own, so one that case-service
 * could not deliver carries a message ({@link #problem}) while the rest of the page still works.
 */
public record CaseFile(CaseRecord kase, String queueName, SlaView sla, List<RenderedNote> notes, List<Task> tasks,
        List<Evidence> evidence, List<LinkedCase> links, List<AccountGroup> groups, TimelineEntry.Page timeline,
        Map<String, String> problems) {

    /** The message for a section case-service did not deliver, or null. */
    public String problem(String section) {
        return problems.get(section);
    }

    public long openTasks() {
        return tasks.stream().filter(t -> !t.isDone()).count();
    }

    /** A note with its markdown already rendered to safe HTML. */
    public record RenderedNote(Note note, String html) {
    }
}
