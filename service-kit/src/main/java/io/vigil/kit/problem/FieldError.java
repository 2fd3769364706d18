package io.vigil.kit.problem;

/** One invalid field of a request, named by its JSON path so a client can point at it. */
public record FieldError(String field, String message) {
}
