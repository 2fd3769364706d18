package io.vigil.sop.tree;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes a tree in its JSON form, the inverse of reading it, without reflection. */
public final class TreeWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TreeWriter() {
    }

    public static ObjectNode write(DecisionTree tree) {
        ObjectNode root = JSON.objectNode();
        root.put("start", tree.start());
        ObjectNode facts = root.putObject("facts");
        tree.facts().forEach((name, type) -> facts.put(name, type.label()));
        ObjectNode nodes = root.putObject("nodes");
        tree.nodes().forEach((id, node) -> nodes.set(id, node(node)));
        return root;
    }

    private static ObjectNode node(Node node) {
        ObjectNode json = JSON.objectNode();
        if (node instanceof Question q) {
            json.put("type", "question").put("text", q.text()).put("input", q.input());
            ArrayNode answers = json.putArray("answers");
            q.answers().forEach(a -> answers.addObject().put("value", a.value()).put("next", a.next()));
        } else if (node instanceof Condition c) {
            json.put("type", "condition");
            ArrayNode cases = json.putArray("cases");
            c.cases().forEach(k -> cases.addObject().put("when", k.when()).put("next", k.next()));
            json.put("otherwise", c.otherwise());
        } else if (node instanceof Outcome o) {
            json.put("type", "outcome").put("code", o.code()).put("automatable", o.automatable())
                    .put("handover", o.handover());
            if (o.reply() != null) {
                json.put("reply", o.reply());
            }
        }
        return json;
    }
}
