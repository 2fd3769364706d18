package io.vigil.cases.guidance;

import io.vigil.kit.problem.ConflictException;
import java.util.Map;

/** A walk or outcome command that does not fit where the walk stands (409 with a precise problem type). */
public class GuidanceConflictException extends ConflictException {

    public GuidanceConflictException(String slug, String detail, Map<String, Object> extensions) {
        super(slug, detail, extensions);
    }

    public GuidanceConflictException(String slug, String detail) {
        super(slug, detail);
    }
}
