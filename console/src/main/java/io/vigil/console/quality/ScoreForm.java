package io.vigil.console.quality;

import io.vigil.console.outbound.ServiceProblem.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reviewer's scoring as typed: one score per rubric criterion, agreement with the outcome, a comment. Checked
 * against the rubric as case-service checks it (every criterion, within its range), so a refusal keeps the choices.
 */
public record ScoreForm(Map<String, String> scores, String agreement, String comment) {

    public ScoreForm {
        scores = Map.copyOf(scores);
        agreement = agreement == null ? "" : agreement;
        comment = comment == null ? "" : comment;
    }

    static ScoreForm empty() {
        return new ScoreForm(Map.of(), "", "");
    }

    /** The score typed for a criterion, or empty. */
    public String scoreOf(String key) {
        return scores.getOrDefault(key, "");
    }

    public boolean picked(String key, Integer value) {
        return String.valueOf(value).equals(scoreOf(key));
    }

    List<FieldError> problems(Rubric rubric) {
        List<FieldError> errors = new ArrayList<>();
        for (Rubric.Criterion c : rubric.criteria()) {
            Integer value = number(scoreOf(c.key()));
            if (value == null || value < 0 || value > c.maxScore()) {
                errors.add(new FieldError(c.label(), "give a score from 0 to " + c.maxScore()));
            }
        }
        if (!agreement.equals("agree") && !agreement.equals("disagree")) {
            errors.add(new FieldError("Outcome", "say whether you agree with the investigator's outcome"));
        }
        if (comment.length() > 4000) {
            errors.add(new FieldError("Feedback", "at most 4,000 characters"));
        }
        return errors;
    }

    /** The JSON body of POST /api/quality/reviews/{id}/score; call only when {@link #problems} is empty. */
    Map<String, Object> body(Rubric rubric) {
        Map<String, Integer> values = new LinkedHashMap<>();
        rubric.criteria().forEach(c -> values.put(c.key(), number(scoreOf(c.key()))));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scores", values);
        body.put("agreement", agreement);
        body.put("comment", comment.strip());
        return body;
    }

    private static Integer number(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
