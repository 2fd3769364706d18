package io.vigil.sop.outline;

import io.vigil.sop.tree.Condition;
import io.vigil.sop.tree.DecisionTree;
import io.vigil.sop.tree.Node;
import io.vigil.sop.tree.Outcome;
import io.vigil.sop.tree.Question;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws a tree as a Mermaid flowchart for the console: questions as hexagons, conditions as diamonds, outcomes
 * as stadiums (handovers marked). Node ids become n0, n1, ... because Mermaid ids cannot hold every tree id.
 */
public final class MermaidRenderer {

    private MermaidRenderer() {
    }

    public static String render(DecisionTree tree) {
        Map<String, String> ids = new HashMap<>();
        tree.nodes().keySet().forEach(id -> ids.put(id, "n" + ids.size()));
        StringBuilder out = new StringBuilder("flowchart TD\n");
        tree.nodes().forEach((id, node) -> out.append("  ").append(ids.get(id)).append(shape(id, node)).append('\n'));
        tree.nodes().forEach((id, node) -> edges(ids, id, node, out));
        out.append("  classDef start stroke-width:3px\n  class ").append(ids.get(tree.start())).append(" start\n");
        return out.toString();
    }

    private static String shape(String id, Node node) {
        if (node instanceof Question q) {
            return "{{\"" + label(q.text()) + "\"}}";
        }
        if (node instanceof Condition) {
            return "{\"" + label(id) + "\"}";
        }
        Outcome o = (Outcome) node;
        return "([\"" + label(o.code()) + (o.handover() ? " (handover)" : o.automatable() ? " (automatable)" : "")
                + "\"])";
    }

    private static void edges(Map<String, String> ids, String id, Node node, StringBuilder out) {
        if (node instanceof Question q) {
            q.answers().forEach(a -> edge(out, ids.get(id), a.value(), ids.get(a.next())));
        } else if (node instanceof Condition c) {
            c.cases().forEach(k -> edge(out, ids.get(id), k.when(), ids.get(k.next())));
            edge(out, ids.get(id), "otherwise", ids.get(c.otherwise()));
        }
    }

    private static void edge(StringBuilder out, String from, String label, String to) {
        out.append("  ").append(from).append(" -->|\"").append(label(label)).append("\"| ").append(to).append('\n');
    }

    /** Mermaid's entity codes keep quotes, angle brackets and line breaks from ending or breaking a label. */
    static String label(String text) {
        return text.replace("#", "#35;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
                .replace("\n", " ").replace("|", "#124;");
    }
}
