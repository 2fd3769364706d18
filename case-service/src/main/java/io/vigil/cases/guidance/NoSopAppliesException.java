package io.vigil.cases.guidance;

import io.vigil.cases.Case;
import io.vigil.kit.problem.ConflictException;
import java.util.Map;

/** No published SOP is in effect for the case's domain and category, so there is nothing to walk or generate. */
public class NoSopAppliesException extends ConflictException {

    private NoSopAppliesException(String detail, Map<String, Object> extensions) {
        super("no-sop-applies", detail, extensions);
    }

    static NoSopAppliesException to(Case kase) {
        return new NoSopAppliesException("No published SOP applies to " + kase.domain() + " / " + kase.category(),
                Map.of("domain", kase.domain(), "category", kase.category()));
    }
}
