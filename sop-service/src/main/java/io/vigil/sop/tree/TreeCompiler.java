package io.vigil.sop.tree;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.kit.problem.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the JSON form of a tree into a {@link CompiledTree}, or reports every problem at once. */
public final class TreeCompiler {

    private final ConditionCompiler conditions;

    public TreeCompiler(ConditionCompiler conditions) {
        this.conditions = conditions;
    }

    public CompiledTree compile(JsonNode json) {
        TreeReader reader = new TreeReader();
        DecisionTree tree = reader.read(json);
        List<FieldError> errors = new ArrayList<>(reader.errors());
        errors.addAll(new TreeValidator().validate(tree, errors.isEmpty()));
        Map<String, List<CompiledCondition>> compiled = compileConditions(tree, errors);
        if (!errors.isEmpty()) {
            throw new InvalidTreeException(errors);
        }
        return new CompiledTree(tree, compiled, conditions.limits());
    }

    private Map<String, List<CompiledCondition>> compileConditions(DecisionTree tree, List<FieldError> errors) {
        ConditionCompiler.Environment environment = conditions.environment(tree.facts());
        Map<String, List<CompiledCondition>> compiled = new HashMap<>();
        tree.nodes().forEach((id, node) -> {
            if (node instanceof Condition condition) {
                List<CompiledCondition> cases = new ArrayList<>();
                for (int i = 0; i < condition.cases().size(); i++) {
                    String when = condition.cases().get(i).when();
                    try {
                        cases.add(environment.compile(when));
                    } catch (ConditionCompiler.InvalidConditionException e) {
                        errors.add(new FieldError(TreeReader.ROOT + ".nodes." + id + ".cases[" + i + "].when",
                                e.getMessage()));
                    }
                }
                compiled.put(id, cases);
            }
        });
        return compiled;
    }
}
