package io.vigil.sop.outline;

import io.vigil.kit.problem.FieldError;
import io.vigil.sop.tree.CompiledTree;
import io.vigil.sop.tree.InvalidTreeException;
import io.vigil.sop.tree.TreeCompiler;
import io.vigil.sop.tree.TreeWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Compiles the text outline SOP writers author into a validated tree. Every problem, including those the tree
 * validator and CEL find, is reported against the outline line where it can be fixed.
 */
public final class OutlineCompiler {

    private static final String NODES = "decisionTree.nodes.";

    private final TreeCompiler trees;

    public OutlineCompiler(TreeCompiler trees) {
        this.trees = trees;
    }

    public CompiledTree compile(String outline) {
        OutlineParser.ParsedOutline parsed = new OutlineParser(outline).parse();
        if (!parsed.errors().isEmpty()) {
            throw new InvalidTreeException(parsed.errors());
        }
        try {
            return trees.compile(TreeWriter.write(parsed.tree()));
        } catch (InvalidTreeException invalid) {
            throw new InvalidTreeException(invalid.errors().stream()
                    .map(e -> new FieldError("outline:" + line(e.field(), parsed.nodeLines()), e.message()))
                    .toList());
        }
    }

    /** The line of the node a validator error names; tree-wide errors point at the first node. */
    private static int line(String field, Map<String, Integer> nodeLines) {
        int first = nodeLines.values().stream().min(Integer::compare).orElse(1);
        if (!field.startsWith(NODES)) {
            return first;
        }
        String rest = field.substring(NODES.length());
        List<String> ids = nodeLines.keySet().stream()
                .filter(id -> rest.equals(id) || rest.startsWith(id + ".") || rest.startsWith(id + "["))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return ids.isEmpty() ? first : nodeLines.get(ids.get(0));
    }
}
