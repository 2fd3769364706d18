package io.vigil.console.guidance;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * A case's guidance as case-service answers {@code GET /api/cases/{id}/guidance}, reduced to what the panel
 * shows. Enumerations stay strings, so a value case-service adds later renders instead of breaking the panel.
 */
@RegisterForReflection
public record CaseGuidance(String status, String message, String reason, Sop sop, Place position, Walk walk,
        Decision decision) {

    public boolean isAvailable() {
        return "AVAILABLE".equals(status);
    }

    public boolean isNoSop() {
        return "NO_SOP".equals(status);
    }

    /** The SOP version that guides the case. */
    @RegisterForReflection
    public record Sop(String key, String title, int version, List<String> stepList) {

        public Sop {
            stepList = stepList == null ? List.of() : List.copyOf(stepList);
        }
    }

    /** Where the walk stands: {@code QUESTION}, {@code FACT} or {@code OUTCOME}. */
    @RegisterForReflection
    public record Place(String kind, Question question, Fact fact, Outcome outcome, List<String> path) {

        public Place {
            path = path == null ? List.of() : List.copyOf(path);
        }

        public boolean isQuestion() {
            return "QUESTION".equals(kind) && question != null;
        }

        public boolean isFact() {
            return "FACT".equals(kind) && fact != null;
        }

        public boolean isOutcome() {
            return "OUTCOME".equals(kind) && outcome != null;
        }
    }

    /** A question of the tree and the answers it offers. */
    @RegisterForReflection
    public record Question(String node, String text, String input, List<String> answers) {

        public Question {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }

    /** A fact the tree needs; {@code type} is {@code int}, {@code double}, {@code bool} or {@code string}. */
    @RegisterForReflection
    public record Fact(String name, String type) {

        public boolean isNumber() {
            return "int".equals(type) || "double".equals(type);
        }

        public boolean isYesNo() {
            return "bool".equals(type);
        }
    }

    /** The tree's outcome. */
    @RegisterForReflection
    public record Outcome(String code, boolean handover) {
    }

    /** The walk as recorded on the case. */
    @RegisterForReflection
    public record Walk(String sopKey, Integer sopVersion, String status, List<Answer> answers, String treeOutcome,
            String humanOutcome) {

        public Walk {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }

        public boolean isDecided() {
            return "DECIDED".equals(status);
        }
    }

    /** One question as it was asked and answered. */
    @RegisterForReflection
    public record Answer(String text, String value, String by) {
    }

    /** The decision record for sop-service: {@code QUEUED} or {@code DELIVERED}. */
    @RegisterForReflection
    public record Decision(String status, String treeOutcome, String humanOutcome) {

        public boolean isDelivered() {
            return "DELIVERED".equals(status);
        }
    }
}
