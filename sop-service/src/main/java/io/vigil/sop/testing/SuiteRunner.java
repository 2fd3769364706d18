package io.vigil.sop.testing;

import io.vigil.kit.problem.ProblemException;
import io.vigil.sop.evaluation.Evaluation;
import io.vigil.sop.evaluation.Walk;
import io.vigil.sop.tree.CompiledTree;
import java.util.List;

/** Runs a test suite against a tree; a case that stops at a question or fails counts as inconsistent. */
public final class SuiteRunner {

    private SuiteRunner() {
    }

    public static TestReport run(CompiledTree tree, List<TestCase> suite) {
        return TestReport.of(suite.stream().map(c -> run(tree, c)).toList());
    }

    private static TestReport.Result run(CompiledTree tree, TestCase test) {
        try {
            Evaluation walk = Walk.of(tree, test.facts(), test.answers());
            String actual = walk.outcome() != null ? walk.outcome().code()
                    : "unanswered question '" + walk.next().node() + "'";
            return new TestReport.Result(test.name(), test.expected(), actual, test.expected().equals(actual),
                    walk.path());
        } catch (ProblemException e) {
            return new TestReport.Result(test.name(), test.expected(), "error: " + e.getMessage(), false, List.of());
        }
    }
}
