package io.vigil.console.cases;

import io.vigil.console.outbound.ServiceFailure;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a command on a case did not happen, as the case page shows it beside the form: the service's words, the
 * moves a 409 says are allowed, the fields a 400 names, and whether reloading the case is the way out (409, 412).
 */
public record Refusal(String message, List<String> allowed, List<String> errors, boolean reload, int status) {

    public Refusal {
        allowed = List.copyOf(allowed);
        errors = List.copyOf(errors);
    }

    static Refusal of(ServiceFailure failure) {
        List<String> allowed = new ArrayList<>();
        if (failure.problem() != null && failure.problem().body() != null) {
            failure.problem().body().path("allowed").forEach(move -> allowed.add(move.asText()));
        }
        List<String> errors = failure.errors().stream().map(e -> e.field() + ": " + e.message()).toList();
        int status = failure.isUnavailable() || failure.kind() == ServiceFailure.Kind.SESSION ? 503
                : failure.status();
        return new Refusal(failure.message(), allowed, errors, status == 409 || status == 412, status);
    }

    /** A form the console refuses itself, before asking case-service. */
    static Refusal invalid(String field, String message) {
        return new Refusal(message, List.of(), List.of(field + ": " + message), false, 400);
    }
}
