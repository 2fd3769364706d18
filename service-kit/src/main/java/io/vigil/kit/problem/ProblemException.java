package io.vigil.kit.problem;

import java.util.Map;

/**
 * Base of every domain exception that reaches a client: it carries the status and the problem type, so
 * services throw meaningful exceptions and never build responses for failures themselves.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;

    protected ProblemException(int status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** Extra members of the problem document; none by default. */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
