package io.vigil.console.sop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision tree read back from the Mermaid flowchart sop-service draws, so the console can show it as text a
 * screen reader and a reviewer can follow (each node, and where each answer leads) without a diagram library or
 * a CDN. A line it does not understand makes the flow unreadable, and the page falls back to the source itself.
 */
public record DecisionFlow(List<Step> steps, boolean readable, String source) {

    private static final Pattern HEADER = Pattern.compile("\\s*flowchart\\s+\\w+\\s*");
    private static final Pattern QUESTION = Pattern.compile("\\s*(\\w+)\\{\\{\"(.*)\"}}\\s*");
    private static final Pattern CONDITION = Pattern.compile("\\s*(\\w+)\\{\"(.*)\"}\\s*");
    private static final Pattern OUTCOME = Pattern.compile("\\s*(\\w+)\\(\\[\"(.*)\"]\\)\\s*");
    private static final Pattern EDGE = Pattern.compile("\\s*(\\w+)\\s*-->\\|\"(.*)\"\\|\\s*(\\w+)\\s*");
    private static final Pattern START = Pattern.compile("\\s*class\\s+(\\w+)\\s+start\\s*");
    private static final Pattern CLASS_DEF = Pattern.compile("\\s*classDef\\s.*");

    /** The kind of node, as the diagram's shapes say it. */
    public enum Kind {
        QUESTION("Question"), CONDITION("Condition"), OUTCOME("Outcome");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One node with the branches leaving it. */
    public record Step(String id, Kind kind, String text, boolean start, List<Branch> branches) {

        public String anchor() {
            return "node-" + id;
        }
    }

    /** One way out of a node: an answer, a condition, or "otherwise", and the node it leads to. */
    public record Branch(String label, String target, String targetText) {

        public String anchor() {
            return "node-" + target;
        }
    }

    public static DecisionFlow parse(String mermaid) {
        Map<String, String[]> nodes = new LinkedHashMap<>();
        List<String[]> edges = new ArrayList<>();
        String start = null;
        String[] lines = mermaid == null ? new String[0] : mermaid.split("\n");
        for (String line : lines) {
            Matcher m;
            if (line.isBlank() || HEADER.matcher(line).matches() || CLASS_DEF.matcher(line).matches()) {
                continue;
            } else if ((m = QUESTION.matcher(line)).matches()) {
                nodes.put(m.group(1), new String[] {Kind.QUESTION.name(), decode(m.group(2))});
            } else if ((m = OUTCOME.matcher(line)).matches()) {
                nodes.put(m.group(1), new String[] {Kind.OUTCOME.name(), decode(m.group(2))});
            } else if ((m = CONDITION.matcher(line)).matches()) {
                nodes.put(m.group(1), new String[] {Kind.CONDITION.name(), decode(m.group(2))});
            } else if ((m = EDGE.matcher(line)).matches()) {
                edges.add(new String[] {m.group(1), decode(m.group(2)), m.group(3)});
            } else if ((m = START.matcher(line)).matches()) {
                start = m.group(1);
            } else {
                return new DecisionFlow(List.of(), false, mermaid);
            }
        }
        boolean known = edges.stream().allMatch(e -> nodes.containsKey(e[0]) && nodes.containsKey(e[2]));
        if (nodes.isEmpty() || !known) {
            return new DecisionFlow(List.of(), false, mermaid);
        }
        return new DecisionFlow(steps(nodes, edges, start), true, mermaid);
    }

    private static List<Step> steps(Map<String, String[]> nodes, List<String[]> edges, String start) {
        List<Step> steps = new ArrayList<>();
        nodes.forEach((id, node) -> {
            List<Branch> branches = edges.stream().filter(e -> e[0].equals(id))
                    .map(e -> new Branch(e[1], e[2], nodes.get(e[2])[1])).toList();
            Step step = new Step(id, Kind.valueOf(node[0]), node[1], id.equals(start), branches);
            if (step.start()) {
                steps.add(0, step);
            } else {
                steps.add(step);
            }
        });
        return steps;
    }

    /** Undoes the entity codes sop-service uses in labels; {@code #35;} last, as it was applied first. */
    static String decode(String label) {
        return label.replace("#quot;", "\"").replace("#lt;", "<").replace("#gt;", ">").replace("#124;", "|")
                .replace("#35;", "#");
    }
}
