package io.vigil.sop.diff;

import io.vigil.sop.tree.Condition;
import io.vigil.sop.tree.DecisionTree;
import io.vigil.sop.tree.Node;
import io.vigil.sop.tree.Outcome;
import io.vigil.sop.tree.Question;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A node as named fields ({@code text}, {@code answers.yes}, {@code cases[0].when}), so two versions of a node
 * compare field by field and a reviewer reads which answer was retargeted rather than "the node changed".
 */
final class NodeFields {

    private NodeFields() {
    }

    static Map<String, String> of(Node node) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (node instanceof Question q) {
            fields.put("type", "question");
            fields.put("text", q.text());
            fields.put("input", q.input());
            q.answers().forEach(a -> fields.put("answers." + a.value(), a.next()));
        } else if (node instanceof Condition c) {
            fields.put("type", "condition");
            for (int i = 0; i < c.cases().size(); i++) {
                fields.put("cases[" + i + "].when", c.cases().get(i).when());
                fields.put("cases[" + i + "].next", c.cases().get(i).next());
            }
            fields.put("otherwise", c.otherwise());
        } else if (node instanceof Outcome o) {
            fields.put("type", "outcome");
            fields.put("code", o.code());
            fields.put("automatable", Boolean.toString(o.automatable()));
            fields.put("handover", Boolean.toString(o.handover()));
            fields.put("reply", o.reply());
        }
        return fields;
    }

    /** The tree-wide fields: where walks start and the declared type of each fact. */
    static Map<String, String> of(DecisionTree tree) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("start", tree.start());
        tree.facts().forEach((name, type) -> fields.put("facts." + name, type.label()));
        return fields;
    }
}
