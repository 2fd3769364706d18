package io.vigil.sop.tree;

import java.util.List;

/** Asks a person (agent or customer) something facts cannot tell; {@code input} names the answer. */
public record Question(String text, String input, List<Answer> answers) implements Node {

    public Question {
        answers = List.copyOf(answers);
    }

    @Override
    public List<String> successors() {
        return answers.stream().map(Answer::next).toList();
    }

    public List<String> values() {
        return answers.stream().map(Answer::value).toList();
    }

    /** One allowed answer and where it leads. */
    public record Answer(String value, String next) {
    }
}
