package io.vigil.sop.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.sop.demo.DemoCatalog;
import io.vigil.sop.evaluation.ConditionFailedProblem;
import io.vigil.sop.evaluation.Evaluation;
import io.vigil.sop.evaluation.Walk;
import io.vigil.sop.outline.OutlineCompiler;
import io.vigil.sop.tree.CompiledTree;
import io.vigil.sop.tree.TreeFixtures;
import java.util.Map;

/**
 * In-process evaluations per second on one thread (run by bench/run): the refund tree of DESIGN.md section 5 on
 * its condition path (new account, big order) and the 30-node gifting tree on its deepest path (all 5 CEL
 * conditions). Each figure is the best of five one-second rounds after a warm-up. A condition stopped by its
 * wall-clock backstop (a descheduled thread on a loaded machine) is counted and reported, not hidden.
 */
public final class InProcessBench {

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
        round(tree, facts, answers, 3_000_000_000L, stopped);
        long best = 0;
        for (int i = 0; i < 5; i++) {
            best = Math.max(best, round(tree, facts, answers, 1_000_000_000L, stopped));
        }
        System.out.printf("in-process %s: %,d evaluations/s (%.2f us each); stopped by the time backstop: %d%n",
                name, best, 1e6 / best, stopped[0]);
    }

    private static long round(CompiledTree tree, Map<String, Object> facts, Map<String, String> answers, long nanos,
            long[] stopped) {
        long start = System.nanoTime();
        long count = 0;
        int sink = 0;
        while (System.nanoTime() - start < nanos) {
            try {
                sink += Walk.of(tree, facts, answers).path().size();
            } catch (ConditionFailedProblem backstop) {
                stopped[0]++;
            }
            count++;
        }
        if (sink == 42) {
            System.out.print("");
        }
        return count * 1_000_000_000L / (System.nanoTime() - start);
    }
}
