package io.vigil.cases.guidance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One move of a walk: the answer to the question the walk waits on and/or facts the investigator found out. An
 * empty step begins a walk without answering anything (for a tree that decides on the case's facts alone).
 */
public record WalkStep(String input, String value, Map<String, Object> facts) {

    public WalkStep {
        // not Map.copyOf: a null value must reach the facts check as a bad value, not fail here
        facts = facts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public static WalkStep answer(String input, String value) {
        return new WalkStep(input, value, Map.of());
    }

    public static WalkStep facts(Map<String, Object> facts) {
        return new WalkStep(null, null, facts);
    }

    public boolean isAnswer() {
        return input != null;
    }

    public boolean isEmpty() {
        return !isAnswer() && facts.isEmpty();
    }
}
