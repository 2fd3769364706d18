package io.vigil.kit.problem;

/** The addressed resource does not exist, or the caller may not know that it does (region scoping). */
public class ResourceNotFoundException extends ProblemException {

    public ResourceNotFoundException(String what, Object id) {
        super(404, "not-found", "Not found", what + " " + id + " does not exist");
    }
}
