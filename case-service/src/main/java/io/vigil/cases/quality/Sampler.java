package io.vigil.cases.quality;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Draws a sample deterministically: each candidate's rank is SHA-256(seed, case id), and the lowest ranks are taken.
 * The same seed and population give the same sample whatever order the database returns rows in, so a sample can be
 * reproduced (and tested) from its recorded seed; without knowing the seed, nobody can predict which cases are drawn.
 */
public final class Sampler {

    private Sampler() {
    }

    public static List<Candidate> draw(List<Candidate> population, SamplingPlan plan, long seed) {
        Comparator<Candidate> byRank = Comparator.comparing((Candidate c) -> rank(seed, c.caseId()),
                Long::compareUnsigned).thenComparing(Candidate::caseId);
        if (plan.strategy() == SamplingStrategy.RANDOM) {
            return population.stream().sorted(byRank).limit(plan.quota(population.size())).toList();
        }
        Map<String, List<Candidate>> strata = new TreeMap<>();
        for (Candidate candidate : population) {
            strata.computeIfAbsent(stratum(candidate), k -> new ArrayList<>()).add(candidate);
        }
        List<Candidate> drawn = new ArrayList<>();
        strata.values().forEach(pool -> pool.stream().sorted(byRank).limit(plan.quota(pool.size()))
                .forEach(drawn::add));
        return List.copyOf(drawn);
    }

    /** The stratum of a candidate: its queue and its investigator. */
    static String stratum(Candidate candidate) {
        return Objects.toString(candidate.queueId(), "-") + "|" + candidate.investigator();
    }

    static long rank(long seed, UUID caseId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(ByteBuffer.allocate(24).putLong(seed)
                    .putLong(caseId.getMostSignificantBits()).putLong(caseId.getLeastSignificantBits()).array());
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
