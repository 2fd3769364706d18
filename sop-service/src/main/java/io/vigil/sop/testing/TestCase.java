package io.vigil.sop.testing;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** One case of a version's test suite: facts and answers in, the outcome code the policy team expects. */
@RegisterForReflection
public record TestCase(@NotBlank @Size(max = 200) String name, Map<String, Object> facts,
        Map<String, String> answers, @NotBlank @Size(max = 100) String expected) {

    public TestCase {
        facts = facts == null ? Map.of() : facts;
        answers = answers == null ? Map.of() : answers;
    }
}
