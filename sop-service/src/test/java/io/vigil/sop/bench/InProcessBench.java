package io.vigil.sop.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.sop.demo.DemoCatalog;
import io.vigil.sop.evaluation.ConditionFailedProblem;
import io.vigil.sop.evaluation.Evaluation;
import io.vigil.sop.evaluation.Walk;
import io.vigil.sop.outline.OutlineCompiler;
import io.vigil.sop.tree.CompiledTree;
import io.vigil.sop.tree.TreeFixtures;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;

/**
 * In-process evaluations per second on one thread (run by bench/run): the refund tree of DESIGN.md section 5 on
 * its condition path (new account, big order) and the 30-node gifting tree on its deepest path (all 5 CEL
 * conditions). Each figure is the best of five rounds of 200,000 walks after a warm-up, counted per second of the
 * thread's own CPU time, so a machine shared with other work does not distort it; the wall-clock rate of the same
 * rounds is printed beside it. A condition stopped by its wall-clock backstop (a thread descheduled on a loaded
 * machine) is counted and reported, not hidden.
 */
public final class InProcessBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WALKS = 200_000;

    private InProcessBench() {
    }

    public static void main(String[] args) {
        CompiledTree refund = TreeFixtures.refundTree();
        Map<String, Object> refundFacts = Map.of("order", Map.of("amount", 250.0), "account", Map.of("ageDays", 3));
        report("refund tree (DESIGN 5), path delivered>value>escalate", refund, refundFacts,
                Map.of("delivered", "yes"), "HUMAN_REVIEW");
        CompiledTree gifting = new OutlineCompiler(TreeFixtures.compiler()).compile(DemoCatalog.load(new ObjectMapper())
                .stream().filter(d -> d.definition().key().equals("live.gifting-fraud")).findFirst().orElseThrow()
                .outline());
        Map<String, Object> giftingFacts = Map.of("gift", Map.of("totalUsd", 900.0), "gifter", Map.of(
                "accountAgeDays", 1, "chargebackRate", 0.0, "paymentCountryMatches", true),
                "session", Map.of("giftsPerMinute", 3.0), "host", Map.of("accountAgeDays", 5, "linkedToGifter", false));
        report("gifting tree (30 nodes), deepest path, 5 CEL conditions", gifting, giftingFacts,
                Map.of("kyc", "no", "kyc_started", "no"), "SUSPEND_PAYOUTS");
    }

    private static void report(String name, CompiledTree tree, Map<String, Object> facts, Map<String, String> answers,
            String expected) {
        Evaluation check = Walk.of(tree, facts, answers);
        if (!check.outcome().code().equals(expected)) {
            throw new IllegalStateException(name + " decided " + check.outcome().code());
        }
        long[] stopped = {0};
        for (int i = 0; i < 5; i++) {
            round(tree, facts, answers, stopped);
        }
        double bestCpu = 0;
        double bestWall = 0;
        for (int i = 0; i < 5; i++) {
            double[] rates = round(tree, facts, answers, stopped);
            bestCpu = Math.max(bestCpu, rates[0]);
            bestWall = Math.max(bestWall, rates[1]);
        }
        System.out.printf("in-process %s: %,.0f evaluations per CPU-second (%.2f us CPU each), %,.0f per wall-clock"
                + " second; stopped by the time backstop: %d%n", name, bestCpu, 1e6 / bestCpu, bestWall, stopped[0]);
    }

    /** {evaluations per CPU-second, evaluations per wall-clock second} of one round. */
    private static double[] round(CompiledTree tree, Map<String, Object> facts, Map<String, String> answers,
            long[] stopped) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        int sink = 0;
        for (int i = 0; i < WALKS; i++) {
            try {
                sink += Walk.of(tree, facts, answers).path().size();
            } catch (ConditionFailedProblem backstop) {
                stopped[0]++;
            }
        }
        cpu = THREADS.getCurrentThreadCpuTime() - cpu;
        wall = System.nanoTime() - wall;
        if (sink == 42) {
            System.out.print("");
        }
        return new double[] {WALKS * 1e9 / cpu, WALKS * 1e9 / wall};
    }
}
