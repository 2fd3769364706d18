package io.vigil.cases.guidance;

import java.time.Instant;

/** One question of the tree as it was asked, the answer given, by whom and when. */
public record AnsweredQuestion(String node, String text, String input, String value, String by, Instant at) {
}
