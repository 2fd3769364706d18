package io.vigil.sop.outline;

import io.vigil.sop.tree.Condition;
import io.vigil.sop.tree.Outcome;
import io.vigil.sop.tree.Question;
import java.util.ArrayList;
import java.util.List;

/** The bodies of question, condition and outcome nodes, read for {@link OutlineParser}. */
record OutlineNodeBlocks(OutlineParser parser, OutlineLine line, int depth) {

    Question question(String id, String text) {
        String input = id;
        List<Question.Answer> answers = new ArrayList<>();
        for (OutlineLine child = parser.nextChild(depth); child != null; child = parser.nextChild(depth)) {
            parser.consume();
            if (child.startsWith("input")) {
                input = child.text().substring("input".length()).replaceFirst("^\\s*:", "").trim();
            } else if (child.startsWith("answer")) {
                answers.add(new Question.Answer(OutlineText.unescape(child.after("answer")),
                        parser.childNode(child, depth + 2)));
            } else {
                parser.error(child.number(), "under a question write 'answer VALUE:' or 'input: NAME'");
            }
        }
        return new Question(OutlineText.unescape(text), input, answers);
    }

    Condition condition() {
        List<Condition.Case> cases = new ArrayList<>();
        String otherwise = "";
        for (OutlineLine child = parser.nextChild(depth); child != null; child = parser.nextChild(depth)) {
            parser.consume();
            if (child.startsWith("when")) {
                cases.add(new Condition.Case(OutlineText.unescape(child.after("when")), parser.childNode(child, depth + 2)));
            } else if (child.startsWith("otherwise")) {
                otherwise = parser.childNode(child, depth + 2);
            } else {
                parser.error(child.number(), "under a condition write 'when EXPRESSION:' or 'otherwise:'");
            }
        }
        return new Condition(cases, otherwise);
    }

    Outcome outcome(String rest) {
        String[] words = rest.isBlank() ? new String[0] : rest.split("\\s+");
        List<String> flags = words.length > 1 ? List.of(words).subList(1, words.length) : List.of();
        flags.stream().filter(f -> !f.equals("automatable") && !f.equals("handover")).findFirst().ifPresent(f ->
                parser.error(line.number(), "after the outcome code only 'automatable' and 'handover' may follow"));
        String reply = null;
        for (OutlineLine child = parser.nextChild(depth); child != null; child = parser.nextChild(depth)) {
            parser.consume();
            if (child.startsWith("reply")) {
                reply = OutlineText.unescape(child.text().substring("reply".length()).replaceFirst("^\\s*:\\s?", ""));
            } else {
                parser.error(child.number(), "under an outcome only 'reply: TEXT' may follow");
            }
        }
        return new Outcome(words.length == 0 ? "" : words[0], flags.contains("automatable"),
                flags.contains("handover"), reply);
    }
}
