package io.vigil.sop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.sop.tree.TreeFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteRunnerTest {

    private static TestCase test(String name, Map<String, String> answers, String expected) {
        return new TestCase(name, Map.of("order", Map.of("amount", 300.0), "account", Map.of("ageDays", 2)),
                answers, expected);
    }

    @Test
    void theRateIsTheShareOfCasesWhoseOutcomeIsTheExpectedOne() {
        TestReport report = SuiteRunner.run(TreeFixtures.refundTree(), List.of(
                test("not delivered", Map.of("delivered", "no"), "REFUND_FULL"),
                test("risky", Map.of("delivered", "yes"), "HUMAN_REVIEW"),
                test("wrongly expected", Map.of("delivered", "yes"), "REFUND_FULL"),
                test("bad answer", Map.of("delivered", "perhaps"), "REFUND_FULL")));
        assertThat(report.total()).isEqualTo(4);
        assertThat(report.passed()).isEqualTo(2);
        assertThat(report.rate()).isEqualTo(0.5);
        assertThat(report.results().get(2).actual()).isEqualTo("HUMAN_REVIEW");
        assertThat(report.results().get(3).actual()).startsWith("error: answers.delivered");
    }

    @Test
    void aCaseThatStopsAtAQuestionFails() {
        TestReport report = SuiteRunner.run(TreeFixtures.refundTree(), List.of(test("no answers", Map.of(), "X")));
        assertThat(report.results().get(0).actual()).isEqualTo("unanswered question 'delivered'");
        assertThat(report.rate()).isZero();
    }

    @Test
    void anEmptySuiteHasNoRate() {
        assertThat(SuiteRunner.run(TreeFixtures.refundTree(), List.of()).rate()).isNull();
    }
}
