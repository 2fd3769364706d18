package io.vigil.console.rca;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One saved version of an incident's root-cause report, as case-service answers it. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record RcaVersion(UUID incidentId, int version, String author, Instant createdAt, String summary,
        String impact, List<Moment> timeline, String rootCause, List<String> contributingFactors,
        List<ActionSnapshot> correctiveActions) {

    public RcaVersion {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        contributingFactors = contributingFactors == null ? List.of() : List.copyOf(contributingFactors);
        correctiveActions = correctiveActions == null ? List.of() : List.copyOf(correctiveActions);
    }

    /** One line of the report's timeline. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Moment(Instant at, String text) {

        public String when() {
            return Times.utc(at);
        }
    }

    /** A corrective action as this version recorded it. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActionSnapshot(UUID id, String title, String owner, LocalDate dueDate, String status) {
    }

    public String saved() {
        return Times.utc(createdAt);
    }

    /** Each section as lines, in the report's order, for comparing two versions. */
    List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Summary", lines(summary)));
        sections.add(new Section("Impact", lines(impact)));
        sections.add(new Section("Timeline", timeline.stream().map(m -> m.when() + " " + m.text()).toList()));
        sections.add(new Section("Root cause", lines(rootCause)));
        sections.add(new Section("Contributing factors", contributingFactors));
        sections.add(new Section("Corrective actions", correctiveActions.stream()
                .map(a -> a.title() + " (owner " + a.owner() + ", due " + a.dueDate() + ")").toList()));
        return sections;
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\R"));
    }

    /** A section of the report as lines of text. */
    record Section(String name, List<String> lines) {
    }
}
