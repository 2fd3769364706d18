package io.vigil.sop.tree;

import io.vigil.kit.problem.FieldError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structural rules of DESIGN.md section 5: one start, every reference resolves, answers unique, every
 * node reachable, no cycles, and so every path ends in an outcome.
 */
final class TreeValidator {

    private static final String NODES = TreeReader.ROOT + ".nodes.";

    private final List<FieldError> errors = new ArrayList<>();

    /** Graph rules run only on a well-formed tree ({@code wellFormed}): they need every node and edge named. */
    List<FieldError> validate(DecisionTree tree, boolean wellFormed) {
        if (!tree.start().isEmpty() && !tree.nodes().containsKey(tree.start())) {
            errors.add(new FieldError(TreeReader.ROOT + ".start", "names no node '" + tree.start() + "'"));
        }
        tree.nodes().forEach((id, node) -> references(tree, id, node));
        if (wellFormed && errors.isEmpty() && !tree.nodes().isEmpty()) {
            reachability(tree);
            cycles(tree);
        }
        return errors;
    }

    private void references(DecisionTree tree, String id, Node node) {
        if (node instanceof Question q) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < q.answers().size(); i++) {
                Question.Answer answer = q.answers().get(i);
                String at = NODES + id + ".answers[" + i + "]";
                if (!answer.value().isEmpty() && !seen.add(answer.value())) {
                    errors.add(new FieldError(at + ".value", "repeats the answer '" + answer.value() + "'"));
                }
                resolve(tree, at + ".next", answer.next());
            }
        } else if (node instanceof Condition c) {
            for (int i = 0; i < c.cases().size(); i++) {
                resolve(tree, NODES + id + ".cases[" + i + "].next", c.cases().get(i).next());
            }
            resolve(tree, NODES + id + ".otherwise", c.otherwise());
        }
    }

    private void resolve(DecisionTree tree, String field, String next) {
        if (!next.isEmpty() && !tree.nodes().containsKey(next)) {
            errors.add(new FieldError(field, "names no node '" + next + "'"));
        }
    }

    private void reachability(DecisionTree tree) {
        Set<String> reached = new HashSet<>();
        Deque<String> unvisited = new ArrayDeque<>(List.of(tree.start()));
        while (!unvisited.isEmpty()) {
            String id = unvisited.pop();
            if (reached.add(id)) {
                unvisited.addAll(tree.node(id).successors());
            }
        }
        tree.nodes().keySet().stream().filter(id -> !reached.contains(id)).forEach(id -> errors.add(
                new FieldError(NODES + id, "is not reachable from the start node '" + tree.start() + "'")));
    }

    /** Depth-first search; a successor still on the stack closes a cycle, named along its path. */
    private void cycles(DecisionTree tree) {
        walk(tree, tree.start(), new LinkedHashSet<>(), new HashMap<>());
    }

    private void walk(DecisionTree tree, String id, LinkedHashSet<String> path, Map<String, Boolean> visited) {
        path.add(id);
        visited.put(id, true);
        for (String next : new LinkedHashSet<>(tree.node(id).successors())) {
            if (path.contains(next)) {
                List<String> onPath = new ArrayList<>(path);
                List<String> loop = onPath.subList(onPath.indexOf(next), onPath.size());
                errors.add(new FieldError(NODES + id, "leads back to '" + next + "', a cycle: "
                        + String.join(" -> ", loop) + " -> " + next + "; every path must end in an outcome"));
            } else if (!visited.containsKey(next)) {
                walk(tree, next, path, visited);
            }
        }
        path.remove(id);
    }
}
