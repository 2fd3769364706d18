package io.vigil.sop;

import io.vigil.kit.problem.ProblemException;
import java.util.Map;

/** No published SOP is in effect for a domain and category: nothing tells an investigator how to proceed. */
public class NoSopInEffectException extends ProblemException {

    private final String domain;
    private final String category;

    public NoSopInEffectException(String domain, String category) {
        super(404, "no-sop-in-effect", "No SOP in effect",
                "No published SOP is in effect for domain " + domain + " and category " + category);
        this.domain = domain;
        this.category = category;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("domain", domain, "category", category);
    }
}
