package io.vigil.sop.evaluation;

import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.sop.tree.CompiledCondition;
import io.vigil.sop.tree.CompiledTree;
import io.vigil.sop.tree.Condition;
import io.vigil.sop.tree.Node;
import io.vigil.sop.tree.Outcome;
import io.vigil.sop.tree.Question;
import io.vigil.sop.tree.StepBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Walks a compiled tree from its start with the given facts and answers: pure, no I/O, no clock. */
public final class Walk {

    private Walk() {
    }

    public static Evaluation of(CompiledTree compiled, Map<String, Object> facts, Map<String, String> answers) {
        Map<String, Object> activation = Facts.flatten(facts, compiled.tree().facts());
        StepBudget budget = compiled.budget();
        List<String> path = new ArrayList<>();
        String id = compiled.tree().start();
        while (true) {
            Node node = compiled.tree().node(id);
            if (node instanceof Outcome outcome) {
                path.add(id);
                return new Evaluation(outcome, null, path);
            }
            if (node instanceof Question q && !answers.containsKey(q.input())) {
                return new Evaluation(null, new Evaluation.NextQuestion(id, q.text(), q.input(), q.values()), path);
            }
            path.add(id);
            id = node instanceof Question q ? answer(q, answers.get(q.input()))
                    : decide(id, (Condition) node, compiled.conditions().get(id), activation, budget);
        }
    }

    private static String answer(Question question, String given) {
        return question.answers().stream().filter(a -> a.value().equals(given)).findFirst()
                .map(Question.Answer::next)
                .orElseThrow(() -> new InvalidRequestException("answers." + question.input(),
                        "'" + given + "' is not one of: " + String.join(", ", question.values())));
    }

    private static String decide(String id, Condition condition, List<CompiledCondition> cases,
            Map<String, Object> activation, StepBudget budget) {
        for (int i = 0; i < cases.size(); i++) {
            CompiledCondition when = cases.get(i);
            when.facts().stream().filter(f -> !activation.containsKey(f)).findFirst().ifPresent(missing -> {
                throw new InvalidRequestException("facts." + missing, "is needed by node '" + id + "'");
            });
            try {
                if (when.test(activation, budget)) {
                    return condition.cases().get(i).next();
                }
            } catch (CompiledCondition.ConditionFailedException e) {
                throw new ConditionFailedProblem(id, i, e.getMessage());
            }
        }
        return condition.otherwise();
    }
}
