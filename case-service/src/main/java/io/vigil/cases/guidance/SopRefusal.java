package io.vigil.cases.guidance;

import java.util.List;
import java.util.Optional;

/**
 * sop-service understood the call and said no (a 4xx problem): the caller's input or state, not an outage. It
 * is neither retried nor counted against the circuit breaker.
 */
public class SopRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final transient List<FieldProblem> errors;

    public SopRefusal(int status, String type, String detail, List<FieldProblem> errors) {
        super("sop-service answered " + status + " " + type + ": " + detail);
        this.status = status;
        this.type = type == null ? "" : type;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    /** Whether the problem type ends with this slug, for example {@code no-sop-in-effect}. */
    public boolean is(String slug) {
        return type.endsWith(slug);
    }

    /** The first invalid field sop-service named, such as {@code facts.order.amount} or {@code answers.delivered}. */
    public Optional<FieldProblem> firstError() {
        return errors.stream().findFirst();
    }

    /** One {@code errors[]} member of an RFC 9457 validation problem. */
    public record FieldProblem(String field, String message) {
    }
}
