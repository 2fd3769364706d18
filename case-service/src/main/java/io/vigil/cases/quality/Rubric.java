package io.vigil.cases.quality;

import io.vigil.kit.problem.FieldError;
import io.vigil.kit.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The criteria a QA review scores, each from 0 to its maximum. A review passes when the reviewer agrees with the
 * outcome and the scores reach the pass share of the points: a right outcome reached sloppily fails, and so does a
 * well-documented wrong one.
 */
public final class Rubric {

    private final List<Criterion> criteria;
    private final double passShare;

    public Rubric(List<Criterion> criteria, double passShare) {
        if (criteria.isEmpty() || passShare <= 0 || passShare > 1) {
            throw new IllegalArgumentException("a rubric needs criteria and a pass share in (0, 1]");
        }
        this.criteria = List.copyOf(criteria);
        this.passShare = passShare;
    }

    static Rubric of(QualityConfig config) {
        List<Criterion> criteria = new ArrayList<>();
        new TreeMap<>(config.rubric()).forEach((key, c) -> criteria.add(new Criterion(key, c.label(), c.maxScore())));
        return new Rubric(criteria, config.passShare());
    }

    /** One criterion: key, what it judges, highest score. */
    public record Criterion(String key, String label, int maxScore) {
    }

    /** A complete scoring: each criterion's score, the total and the most it could have been. */
    public record Scored(List<CriterionScore> criteria, int total, int max) {

        public double share() {
            return (double) total / max;
        }
    }

    /** Checks that every criterion, and nothing else, is scored within its range; reports every bad field at once. */
    public Scored score(Map<String, Integer> scores) {
        List<FieldError> errors = new ArrayList<>();
        List<CriterionScore> scored = new ArrayList<>();
        int total = 0;
        int max = 0;
        for (Criterion c : criteria) {
            Integer score = scores.get(c.key());
            max += c.maxScore();
            if (score == null) {
                errors.add(new FieldError("scores." + c.key(), "is required"));
            } else if (score < 0 || score > c.maxScore()) {
                errors.add(new FieldError("scores." + c.key(), "must be between 0 and " + c.maxScore()));
            } else {
                scored.add(new CriterionScore(c.key(), c.label(), score, c.maxScore()));
                total += score;
            }
        }
        scores.keySet().stream().filter(k -> criteria.stream().noneMatch(c -> c.key().equals(k))).sorted()
                .forEach(k -> errors.add(new FieldError("scores." + k, "is not a criterion of the rubric")));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Scored(List.copyOf(scored), total, max);
    }

    public boolean passes(Scored scored, OutcomeAgreement agreement) {
        return agreement == OutcomeAgreement.AGREE && scored.share() >= passShare;
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public double passShare() {
        return passShare;
    }
}
