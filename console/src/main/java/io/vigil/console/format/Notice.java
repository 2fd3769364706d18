package io.vigil.console.format;

import io.vigil.console.outbound.ServiceFailure;
import io.vigil.console.outbound.ServiceProblem;
import java.util.List;

/** A message at the top of a page: what an action did, or why it did not happen and what to fix. */
public record Notice(String text, boolean error, List<ServiceProblem.FieldError> errors) {

    public Notice {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Notice done(String text) {
        return new Notice(text, false, List.of());
    }

    public static Notice refused(String text) {
        return new Notice(text, true, List.of());
    }

    public static Notice of(ServiceFailure failure) {
        return new Notice(failure.message(), true, failure.errors());
    }

    public static Notice invalid(String field, String message) {
        return new Notice("Please correct " + field + ": " + message, true,
                List.of(new ServiceProblem.FieldError(field, message)));
    }
}
