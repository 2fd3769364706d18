package io.vigil.sop.diff;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.sop.tree.DecisionTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two decision trees: nodes added, removed and changed (with each changed field), plus
 * the start node and the declared facts, which change what every path means.
 */
@RegisterForReflection
public record TreeDiff(List<String> added, List<String> removed, List<NodeChange> changed,
        List<FieldChange> tree) {

    public static TreeDiff of(DecisionTree before, DecisionTree after) {
        List<String> added = after.nodes().keySet().stream().filter(id -> !before.nodes().containsKey(id)).toList();
        List<String> removed = before.nodes().keySet().stream().filter(id -> !after.nodes().containsKey(id)).toList();
        List<NodeChange> changed = new ArrayList<>();
        before.nodes().forEach((id, node) -> {
            if (after.nodes().containsKey(id)) {
                List<FieldChange> fields = compare(NodeFields.of(node), NodeFields.of(after.node(id)));
                if (!fields.isEmpty()) {
                    changed.add(new NodeChange(id, fields));
                }
            }
        });
        return new TreeDiff(added, removed, changed, compare(NodeFields.of(before), NodeFields.of(after)));
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && tree.isEmpty();
    }

    static List<FieldChange> compare(Map<String, String> before, Map<String, String> after) {
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        return names.stream().filter(n -> !Objects.equals(before.get(n), after.get(n)))
                .map(n -> new FieldChange(n, before.get(n), after.get(n))).toList();
    }

    /** One node present in both trees, with the fields that differ. */
    @RegisterForReflection
    public record NodeChange(String node, List<FieldChange> changes) {
    }

    /** One field's value before and after; {@code null} where the field did not exist. */
    @RegisterForReflection
    public record FieldChange(String field, String before, String after) {
    }
}
