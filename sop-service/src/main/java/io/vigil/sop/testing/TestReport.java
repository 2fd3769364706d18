package io.vigil.sop.testing;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The consistency of a version's test suite: the share of cases whose outcome equals the expected one
 * ({@code rate} is null for an empty suite, which no gate above zero lets through).
 */
@RegisterForReflection(targets = {TestReport.class, TestReport.Result.class})
public record TestReport(int total, int passed, Double rate, List<Result> results) {

    public static TestReport of(List<Result> results) {
        int passed = (int) results.stream().filter(Result::passed).count();
        return new TestReport(results.size(), passed, results.isEmpty() ? null : (double) passed / results.size(),
                List.copyOf(results));
    }

    /** One case: what was expected, what the tree decided, and the path it took. */
    @RegisterForReflection
    public record Result(String name, String expected, String actual, boolean passed, List<String> path) {
    }
}
