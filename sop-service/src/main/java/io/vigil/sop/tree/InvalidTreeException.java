package io.vigil.sop.tree;

import io.vigil.kit.problem.FieldError;
import io.vigil.kit.problem.InvalidRequestException;
import java.util.List;

/** Every problem found in a decision tree at once, each naming the node and the rule it breaks. */
public class InvalidTreeException extends InvalidRequestException {

    private final List<FieldError> errors;

    public InvalidTreeException(List<FieldError> errors) {
        super(errors.get(0).field(), errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }
}
