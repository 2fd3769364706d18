package io.vigil.sop.outline;

import io.vigil.kit.problem.FieldError;
import io.vigil.sop.tree.DecisionTree;
import io.vigil.sop.tree.FactType;
import io.vigil.sop.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the indented outline (see the module README) into a tree, remembering the line of every node. */
final class OutlineParser {

    private final List<OutlineLine> lines;
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, FactType> facts = new LinkedHashMap<>();
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Integer> nodeLines = new LinkedHashMap<>();
    private int at;

    OutlineParser(String text) {
        this.lines = OutlineLines.of(text, errors);
    }

    ParsedOutline parse() {
        while (at < lines.size() && lines.get(at).startsWith("fact")) {
            fact(lines.get(at++));
        }
        String start = at < lines.size() ? node(0) : null;
        if (start == null && errors.isEmpty()) {
            errors.add(OutlineLines.error(lines.isEmpty() ? 1 : lines.get(lines.size() - 1).number(),
                    "the outline needs a question, condition or outcome to start from"));
        }
        while (at < lines.size()) {
            OutlineLine stray = lines.get(at++);
            errors.add(OutlineLines.error(stray.number(), "only one node may start the outline; indent this line under"
                    + " an answer, a when or an otherwise, or refer to a node with goto"));
        }
        return new ParsedOutline(new DecisionTree(start == null ? "" : start, facts, nodes), nodeLines, errors);
    }

    private void fact(OutlineLine line) {
        String[] parts = line.after("fact").split(":", 2);
        if (parts.length < 2 || parts[0].isBlank()) {
            errors.add(OutlineLines.error(line.number(), "write a fact as 'fact order.amount: double'"));
            return;
        }
        FactType.of(parts[1].trim()).ifPresentOrElse(type -> facts.put(parts[0].trim(), type),
                () -> errors.add(OutlineLines.error(line.number(), "fact type must be string, int, double or bool")));
    }

    /** Parses the node on the current line at {@code depth} and returns its id (or null after an error). */
    private String node(int depth) {
        OutlineLine line = lines.get(at);
        if (line.depth() != depth) {
            errors.add(OutlineLines.error(line.number(), "expected a node indented " + depth * 2 + " spaces"));
            skipBlock(line.depth());
            return null;
        }
        at++;
        if (line.startsWith("goto")) {
            return line.after("goto");
        }
        String keyword = line.text().split("[ :]", 2)[0];
        String[] head = line.text().substring(keyword.length()).split(":", 2);
        String id = head[0].trim();
        if (!List.of("question", "condition", "outcome").contains(keyword) || id.isEmpty() || id.contains(" ")) {
            errors.add(OutlineLines.error(line.number(),
                    "expected 'question ID: text', 'condition ID:', 'outcome ID: CODE' or 'goto ID'"));
            skipBlock(depth + 1);
            return null;
        }
        String rest = head.length > 1 ? head[1].trim() : "";
        Node node = switch (keyword) {
            case "question" -> new OutlineNodeBlocks(this, line, depth).question(id, rest);
            case "condition" -> new OutlineNodeBlocks(this, line, depth).condition();
            default -> new OutlineNodeBlocks(this, line, depth).outcome(rest);
        };
        if (nodes.containsKey(id)) {
            errors.add(OutlineLines.error(line.number(), "node '" + id + "' is already defined on line "
                    + nodeLines.get(id) + "; refer to it with 'goto " + id + "'"));
        } else {
            nodes.put(id, node);
            nodeLines.put(id, line.number());
        }
        return id;
    }

    /** The child lines of a node: one deeper than it, until the indentation returns to its level. */
    OutlineLine nextChild(int depth) {
        return at < lines.size() && lines.get(at).depth() > depth ? lines.get(at) : null;
    }

    void consume() {
        at++;
    }

    /** Parses the node under an answer, a when or an otherwise, which must sit one level deeper. */
    String childNode(OutlineLine owner, int depth) {
        if (at >= lines.size() || lines.get(at).depth() <= owner.depth()) {
            errors.add(OutlineLines.error(owner.number(), "needs a node (or goto) indented under it"));
            return "";
        }
        String id = node(depth);
        return id == null ? "" : id;
    }

    void error(int line, String message) {
        errors.add(OutlineLines.error(line, message));
    }

    private void skipBlock(int depth) {
        while (at < lines.size() && lines.get(at).depth() >= depth) {
            at++;
        }
    }

    /** The parser's results: the tree, each node's line, and the errors found while reading. */
    record ParsedOutline(DecisionTree tree, Map<String, Integer> nodeLines, List<FieldError> errors) {
    }
}
