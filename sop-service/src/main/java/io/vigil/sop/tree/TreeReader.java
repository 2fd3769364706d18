package io.vigil.sop.tree;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.kit.problem.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON form of a tree, naming every field that is missing or of the wrong shape. */
final class TreeReader {

    static final String ROOT = "decisionTree";

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    DecisionTree read(JsonNode json) {
        if (json == null || !json.isObject()) {
            errors.add(new FieldError(ROOT, "must be an object with start, facts and nodes"));
            return new DecisionTree("", Map.of(), Map.of());
        }
        Map<String, FactType> facts = new LinkedHashMap<>();
        json.path("facts").fields().forEachRemaining(f -> FactType.of(f.getValue().asText())
                .ifPresentOrElse(t -> facts.put(f.getKey(), t), () -> errors.add(new FieldError(
                        ROOT + ".facts." + f.getKey(), "must be one of: string, int, double, bool"))));
        Map<String, Node> nodes = new LinkedHashMap<>();
        if (!json.path("nodes").isObject() || json.path("nodes").isEmpty()) {
            errors.add(new FieldError(ROOT + ".nodes", "must hold at least one node"));
        }
        json.path("nodes").fields().forEachRemaining(n -> node(n.getKey(), n.getValue(), ROOT + ".nodes." + n.getKey())
                .ifPresent(node -> nodes.put(n.getKey(), node)));
        return new DecisionTree(text(json, "start", ROOT), facts, nodes);
    }

    private java.util.Optional<Node> node(String id, JsonNode json, String at) {
        String type = json.path("type").asText("");
        return switch (type) {
            case "question" -> java.util.Optional.of(question(json, at));
            case "condition" -> java.util.Optional.of(condition(json, at));
            case "outcome" -> java.util.Optional.of(new Outcome(text(json, "code", at),
                    json.path("automatable").asBoolean(false), json.path("handover").asBoolean(false),
                    json.path("reply").isTextual() ? json.path("reply").asText() : null));
            default -> {
                errors.add(new FieldError(at + ".type", "must be question, condition or outcome"));
                yield java.util.Optional.empty();
            }
        };
    }

    private Question question(JsonNode json, String at) {
        List<Question.Answer> answers = new ArrayList<>();
        JsonNode list = json.path("answers");
        for (int i = 0; i < list.size(); i++) {
            String item = at + ".answers[" + i + "]";
            answers.add(new Question.Answer(text(list.get(i), "value", item), text(list.get(i), "next", item)));
        }
        if (answers.isEmpty()) {
            errors.add(new FieldError(at + ".answers", "a question needs at least one answer, or its path never ends"));
        }
        return new Question(text(json, "text", at), text(json, "input", at), answers);
    }

    private Condition condition(JsonNode json, String at) {
        List<Condition.Case> cases = new ArrayList<>();
        JsonNode list = json.path("cases");
        for (int i = 0; i < list.size(); i++) {
            String item = at + ".cases[" + i + "]";
            cases.add(new Condition.Case(text(list.get(i), "when", item), text(list.get(i), "next", item)));
        }
        if (cases.isEmpty()) {
            errors.add(new FieldError(at + ".cases", "a condition needs at least one case"));
        }
        return new Condition(cases, text(json, "otherwise", at));
    }

    private String text(JsonNode json, String field, String at) {
        JsonNode value = json.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            errors.add(new FieldError(at + "." + field, "is required"));
            return "";
        }
        return value.asText();
    }
}
