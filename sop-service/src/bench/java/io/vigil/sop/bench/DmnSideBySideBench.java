package io.vigil.sop.bench;

import io.vigil.sop.evaluation.Walk;
import io.vigil.sop.tree.CompiledTree;
import io.vigil.sop.tree.TreeFixtures;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The in-process budget of DESIGN.md section 9, side by side in one JVM: the refund decision of section 5 walked as
 * a Vigil tree, and the same decision as a FIRST-hit table (bench/refund-dispute.dmn) in Camunda's DMN engine 7.24
 * with its default configuration. Both first decide every path and must agree; then rounds alternate between the
 * engines on the condition path (delivered, 250.00, a 3-day-old account: HUMAN_REVIEW), each counted per second of
 * the thread's own CPU time (wall-clock beside it), best of five after five warm-up rounds.
 */
public final class DmnSideBySideBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DmnSideBySideBench() {
    }

    public static void main(String[] args) throws Exception {
        DmnEngine camunda = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        DmnDecision table;
        try (InputStream dmn = DmnSideBySideBench.class.getResourceAsStream("/bench/refund-dispute.dmn")) {
            table = camunda.parseDecision("refund", dmn);
        }
        CompiledTree tree = TreeFixtures.refundTree();
        for (List<Object> input : List.<List<Object>>of(List.of("no", 50.0, 400), List.of("yes", 250.0, 3),
                List.of("yes", 250.0, 400), List.of("yes", 50.0, 3))) {
            String vigil = vigil(tree, input).get();
            String dmn = camunda(camunda, table, input).get();
            if (!vigil.equals(dmn)) {
                throw new IllegalStateException(input + ": Vigil " + vigil + ", Camunda " + dmn);
            }
        }
        List<Object> risky = List.of("yes", 250.0, 3);
        Supplier<String> vigil = vigil(tree, risky);
        Supplier<String> dmn = camunda(camunda, table, risky);
        double[] bestVigil = {0, 0};
        double[] bestDmn = {0, 0};
        for (int i = 0; i < 10; i++) {
            double[] v = round(vigil, 200_000);
            double[] d = round(dmn, 10_000);
            if (i >= 5) {
                bestVigil = max(bestVigil, v);
                bestDmn = max(bestDmn, d);
            }
        }
        System.out.printf("in-process refund decision, side by side: Vigil %,.0f evaluations per CPU-second"
                + " (%.2f us each; %,.0f per wall-clock second), Camunda DMN 7.24 FIRST-hit table %,.0f per"
                + " CPU-second (%.1f us each; %,.0f per wall-clock second): %.0fx by CPU (budget >= 50x), %.0fx by"
                + " wall clock%n", bestVigil[0], 1e6 / bestVigil[0], bestVigil[1], bestDmn[0], 1e6 / bestDmn[0],
                bestDmn[1], bestVigil[0] / bestDmn[0], bestVigil[1] / bestDmn[1]);
    }

    private static Supplier<String> vigil(CompiledTree tree, List<Object> input) {
        Map<String, Object> facts = Map.of("order", Map.of("amount", input.get(1)), "account",
                Map.of("ageDays", input.get(2)));
        Map<String, String> answers = Map.of("delivered", (String) input.get(0));
        return () -> Walk.of(tree, facts, answers).outcome().code();
    }

    private static Supplier<String> camunda(DmnEngine engine, DmnDecision table, List<Object> input) {
        VariableMap variables = Variables.createVariables().putValue("delivered", input.get(0))
                .putValue("orderAmount", input.get(1)).putValue("accountAgeDays", input.get(2));
        return () -> engine.evaluateDecisionTable(table, variables).getSingleResult().getSingleEntry();
    }

    /** {evaluations per CPU-second, evaluations per wall-clock second} of one round. */
    private static double[] round(Supplier<String> decide, int evaluations) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        int sink = 0;
        for (int i = 0; i < evaluations; i++) {
            sink += decide.get().length();
        }
        cpu = THREADS.getCurrentThreadCpuTime() - cpu;
        wall = System.nanoTime() - wall;
        if (sink == 42) {
            System.out.print("");
        }
        return new double[] {evaluations * 1e9 / cpu, evaluations * 1e9 / wall};
    }

    private static double[] max(double[] a, double[] b) {
        return new double[] {Math.max(a[0], b[0]), Math.max(a[1], b[1])};
    }
}
