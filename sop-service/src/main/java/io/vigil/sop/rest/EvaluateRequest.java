package io.vigil.sop.rest;

import jakarta.validation.constraints.Positive;
import java.util.Map;

/** The body of POST /api/sops/{key}/evaluate: facts for conditions, answers to questions, an optional pin. */
public record EvaluateRequest(Map<String, Object> facts, Map<String, String> answers, @Positive Integer version) {

    public EvaluateRequest {
        facts = facts == null ? Map.of() : facts;
        answers = answers == null ? Map.of() : answers;
    }
}
