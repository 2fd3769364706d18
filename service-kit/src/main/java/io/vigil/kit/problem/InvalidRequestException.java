package io.vigil.kit.problem;

import java.util.List;
import java.util.Map;

/** A request that fails a rule Bean Validation cannot express, such as a malformed cursor. */
public class InvalidRequestException extends ProblemException {

    private final List<FieldError> errors;

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** Several invalid fields found at once, so the client can fix them all in one round. */
    public InvalidRequestException(List<FieldError> errors) {
        super(400, "validation", "Invalid request", summary(errors));
        this.errors = List.copyOf(errors);
    }

    private static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one field");
        }
        return errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
