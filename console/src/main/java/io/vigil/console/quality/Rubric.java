package io.vigil.console.quality;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.stream.IntStream;

/** The criteria QA reviews are scored against, and the share of points (with agreement) that passes. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record Rubric(List<Criterion> criteria, double passShare) {

    public Rubric {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** One criterion: key, what it judges, highest score. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Criterion(String key, String label, int maxScore) {

        /** The scores a reviewer can give, 0 to the maximum. */
        public List<Integer> range() {
            return IntStream.rangeClosed(0, maxScore).boxed().toList();
        }
    }

    public String passPercent() {
        return Math.round(passShare * 100) + "%";
    }
}
