package io.vigil.sop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.sop.outline.OutlineCompiler;
import io.vigil.sop.outline.OutlineRenderer;
import io.vigil.sop.testing.SuiteRunner;
import io.vigil.sop.testing.TestCase;
import io.vigil.sop.testing.TestReport;
import io.vigil.sop.tree.CelLimits;
import io.vigil.sop.tree.CompiledTree;
import io.vigil.sop.tree.ConditionCompiler;
import io.vigil.sop.tree.DecisionTree;
import io.vigil.sop.tree.TreeCompiler;
import io.vigil.sop.tree.TreeFixtures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DemoSopsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OutlineCompiler OUTLINES = new OutlineCompiler(TreeFixtures.compiler());

    static Stream<DemoSop> demoSops() {
        return DemoCatalog.load(JSON).stream();
    }

    private static TestReport run(DemoSop demo) {
        List<TestCase> suite = JSON.convertValue(demo.testSuite(), new TypeReference<List<TestCase>>() { });
        return SuiteRunner.run(OUTLINES.compile(demo.outline()), suite);
    }

    /** Every path from the start to an outcome, through every answer and every condition branch. */
    private static Set<List<String>> allPaths(DecisionTree tree) {
        Set<List<String>> paths = new HashSet<>();
        walk(tree, tree.start(), new ArrayList<>(), paths);
        return paths;
    }

    private static void walk(DecisionTree tree, String id, List<String> path, Set<List<String>> paths) {
        List<String> here = new ArrayList<>(path);
        here.add(id);
        List<String> next = tree.node(id).successors();
        if (next.isEmpty()) {
            paths.add(here);
        }
        next.stream().distinct().forEach(n -> walk(tree, n, here, paths));
    }

    @ParameterizedTest
    @MethodSource("demoSops")
    void theTestSuitePassesInFull(DemoSop demo) {
        TestReport report = run(demo);
        assertThat(report.results()).allSatisfy(r -> assertThat(r.actual()).as(r.name()).isEqualTo(r.expected()));
        assertThat(report.rate()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @MethodSource("demoSops")
    void theTestSuiteWalksEveryPathOfTheTree(DemoSop demo) {
        CompiledTree tree = OUTLINES.compile(demo.outline());
        Set<List<String>> walked = new HashSet<>();
        run(demo).results().forEach(r -> walked.add(r.path()));
        assertThat(walked).isEqualTo(allPaths(tree.tree()));
    }

    @ParameterizedTest
    @MethodSource("demoSops")
    void theOutlineSurvivesARoundTrip(DemoSop demo) {
        DecisionTree tree = OUTLINES.compile(demo.outline()).tree();
        assertThat(OUTLINES.compile(OutlineRenderer.render(tree)).tree()).isEqualTo(tree);
    }

    /** Evaluation runs on the I/O thread because a walk's cost is capped; the demo paths use a tenth of the cap. */
    @ParameterizedTest
    @MethodSource("demoSops")
    void everyPathStaysWithinATenthOfTheWalkBudget(DemoSop demo) {
        CelLimits tenth = new CelLimits(CelLimits.DEFAULT.maxExpressionLength(), CelLimits.DEFAULT.maxSteps(),
                CelLimits.DEFAULT.maxWalkSteps() / 10, CelLimits.DEFAULT.timeoutNanos());
        List<TestCase> suite = JSON.convertValue(demo.testSuite(), new TypeReference<List<TestCase>>() { });
        TestReport report = SuiteRunner.run(new OutlineCompiler(new TreeCompiler(new ConditionCompiler(tenth)))
                .compile(demo.outline()), suite);
        assertThat(report.rate()).isEqualTo(1.0);
    }

    @org.junit.jupiter.api.Test
    void thereAreFiveDemoSopsAndTheGiftingTreeIsTheBenchmarkShape() {
        assertThat(demoSops().map(d -> d.definition().key())).containsExactly("shop.refund-dispute",
                "shop.counterfeit-listing", "live.gifting-fraud", "ads.election-integrity-escalation",
                "support.data-subject-request");
        CompiledTree gifting = OUTLINES.compile(demoSops().filter(d -> d.definition().key().startsWith("live"))
                .findFirst().orElseThrow().outline());
        assertThat(gifting.tree().nodes()).hasSize(30);
        assertThat(gifting.conditions().values().stream().mapToInt(List::size).sum()).isEqualTo(5);
    }
}
