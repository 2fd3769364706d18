package io.vigil.sop.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.sop.Governance;
import io.vigil.sop.SopDefinition;

/** One demo SOP as shipped under {@code demo/}: its definition, governance, first version and test suite. */
public record DemoSop(SopDefinition definition, Governance governance, String changeNote, String steps,
        String outline, JsonNode testSuite) {
}
