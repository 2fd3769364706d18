package io.vigil.kit.problem;

import java.util.List;
import java.util.Map;

/** A request that fails a rule Bean Validation cannot express, such as a malformed cursor. */
public class InvalidRequestException extends ProblemException {

    private final List<FieldError> errors;

    public InvalidRequestException(String field, String message) {
        super(400, "validation", "Invalid request", field + ": " + message);
        this.errors = List.of(new FieldError(field, message));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
