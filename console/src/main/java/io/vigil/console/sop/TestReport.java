package io.vigil.console.sop;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The test suite's run at submission: how many cases passed, and per case what was expected and decided. */
@RegisterForReflection
public record TestReport(int total, int passed, Double rate, List<Result> results) {

    public TestReport {
        results = results == null ? List.of() : List.copyOf(results);
    }

    public int failed() {
        return total - passed;
    }

    /** One case of the suite. */
    @RegisterForReflection
    public record Result(String name, String expected, String actual, boolean passed, List<String> path) {

        public Result {
            path = path == null ? List.of() : List.copyOf(path);
        }

        public String route() {
            return String.join(" → ", path);
        }
    }
}
