package io.vigil.console.sop;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** How version {@code to} differs from version {@code from}: the steps line by line and the tree node by node. */
@RegisterForReflection
public record VersionDiff(String sop, int from, int to, boolean changeNoteChanged, List<Line> steps, Tree tree) {

    public VersionDiff {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public boolean stepsChanged() {
        return steps.stream().anyMatch(l -> !l.kept());
    }

    /** One line of the steps, marked ' ' (kept), '-' (removed) or '+' (added). */
    @RegisterForReflection
    public record Line(String op, String text) {

        public boolean added() {
            return "+".equals(op);
        }

        public boolean removed() {
            return "-".equals(op);
        }

        public boolean kept() {
            return !added() && !removed();
        }
    }

    /** Nodes added, removed and changed, and changes to the start node and declared facts. */
    @RegisterForReflection
    public record Tree(List<String> added, List<String> removed, List<NodeChange> changed, List<FieldChange> tree) {

        public Tree {
            added = added == null ? List.of() : List.copyOf(added);
            removed = removed == null ? List.of() : List.copyOf(removed);
            changed = changed == null ? List.of() : List.copyOf(changed);
            tree = tree == null ? List.of() : List.copyOf(tree);
        }

        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && tree.isEmpty();
        }
    }

    /** A node present in both versions, with the fields that differ. */
    @RegisterForReflection
    public record NodeChange(String node, List<FieldChange> changes) {
    }

    /** A field's value before and after; null where the field did not exist. */
    @RegisterForReflection
    public record FieldChange(String field, String before, String after) {

        public String beforeText() {
            return before == null ? "(none)" : before;
        }

        public String afterText() {
            return after == null ? "(none)" : after;
        }
    }
}
