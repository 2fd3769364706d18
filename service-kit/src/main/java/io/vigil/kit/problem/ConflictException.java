package io.vigil.kit.problem;

import java.util.Map;

/** The request is well-formed but conflicts with the resource's current state. */
public class ConflictException extends ProblemException {

    private final Map<String, Object> extensions;

    public ConflictException(String slug, String detail, Map<String, Object> extensions) {
        super(409, slug, "Conflict", detail);
        this.extensions = Map.copyOf(extensions);
    }

    public ConflictException(String slug, String detail) {
        this(slug, detail, Map.of());
    }

    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
