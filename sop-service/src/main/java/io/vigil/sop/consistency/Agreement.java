package io.vigil.sop.consistency;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Agreement between the bot's outcome and the human's final outcome over the same tickets: observed agreement
 * (the live consistency rate), Cohen's kappa (Cohen 1960) and Gwet's AC1 (Gwet 2008, BJMSP 61:29). Kappa's
 * chance term grows when one outcome dominates, so kappa can be near zero at 95% agreement; AC1 stays close to
 * the observed agreement there, which is why both are reported.
 */
@RegisterForReflection
public record Agreement(long total, long agreed, Double observed, Double kappa, Double ac1) {

    /** {@code pairs} counts decisions by (bot outcome, human outcome). */
    public static Agreement of(Map<Pair, Long> pairs) {
        long n = pairs.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return new Agreement(0, 0, null, null, null);
        }
        Map<String, Long> bot = new HashMap<>();
        Map<String, Long> human = new HashMap<>();
        Set<String> categories = new TreeSet<>();
        long agreed = 0;
        for (Map.Entry<Pair, Long> cell : pairs.entrySet()) {
            bot.merge(cell.getKey().bot(), cell.getValue(), Long::sum);
            human.merge(cell.getKey().human(), cell.getValue(), Long::sum);
            categories.add(cell.getKey().bot());
            categories.add(cell.getKey().human());
            agreed += cell.getKey().agrees() ? cell.getValue() : 0;
        }
        double po = agreed / (double) n;
        double cohenChance = 0;
        double gwetChance = 0;
        for (String k : categories) {
            double pBot = bot.getOrDefault(k, 0L) / (double) n;
            double pHuman = human.getOrDefault(k, 0L) / (double) n;
            double pi = (pBot + pHuman) / 2;
            cohenChance += pBot * pHuman;
            gwetChance += pi * (1 - pi);
        }
        int q = categories.size();
        Double kappa = cohenChance >= 1 ? null : (po - cohenChance) / (1 - cohenChance);
        Double ac1 = q < 2 ? null : chanceCorrected(po, gwetChance / (q - 1));
        return new Agreement(n, agreed, po, kappa, ac1);
    }

    private static Double chanceCorrected(double observed, double chance) {
        return chance >= 1 ? null : (observed - chance) / (1 - chance);
    }

    /** One cell of the bot-by-human table. */
    public record Pair(String bot, String human) {

        boolean agrees() {
            return bot.equals(human);
        }
    }
}
