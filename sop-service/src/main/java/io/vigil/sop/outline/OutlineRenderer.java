package io.vigil.sop.outline;

import io.vigil.sop.tree.Condition;
import io.vigil.sop.tree.DecisionTree;
import io.vigil.sop.tree.Node;
import io.vigil.sop.tree.Outcome;
import io.vigil.sop.tree.Question;
import java.util.HashSet;
import java.util.Set;

/**
 * Renders any tree as the outline its author would have written: each node in full where a walk first meets
 * it (depth first, in the author's order) and as {@code goto} wherever it is met again.
 */
public final class OutlineRenderer {

    private final DecisionTree tree;
    private final StringBuilder out = new StringBuilder();
    private final Set<String> written = new HashSet<>();

    private OutlineRenderer(DecisionTree tree) {
        this.tree = tree;
    }

    public static String render(DecisionTree tree) {
        OutlineRenderer renderer = new OutlineRenderer(tree);
        tree.facts().forEach((name, type) -> renderer.line(0, "fact " + name + ": " + type.label()));
        renderer.node(tree.start(), 0);
        return renderer.out.toString();
    }

    private void node(String id, int depth) {
        if (!written.add(id)) {
            line(depth, "goto " + id);
            return;
        }
        Node node = tree.node(id);
        if (node instanceof Question q) {
            line(depth, "question " + id + ": " + OutlineText.escape(q.text()));
            if (!q.input().equals(id)) {
                line(depth + 1, "input: " + q.input());
            }
            q.answers().forEach(a -> branch(depth, "answer " + OutlineText.escape(a.value()) + ":", a.next()));
        } else if (node instanceof Condition c) {
            line(depth, "condition " + id + ":");
            c.cases().forEach(k -> branch(depth, "when " + OutlineText.escape(k.when()) + ":", k.next()));
            branch(depth, "otherwise:", c.otherwise());
        } else if (node instanceof Outcome o) {
            line(depth, "outcome " + id + ": " + o.code() + (o.automatable() ? " automatable" : "")
                    + (o.handover() ? " handover" : ""));
            if (o.reply() != null) {
                line(depth + 1, "reply: " + OutlineText.escape(o.reply()));
            }
        }
    }

    private void branch(int depth, String head, String next) {
        line(depth + 1, head);
        node(next, depth + 2);
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
