package io.vigil.kit.problem;

/** The caller holds the right role but a rule forbids this act, for example approving one's own request. */
public class ActionForbiddenException extends ProblemException {

    public ActionForbiddenException(String slug, String detail) {
        super(403, slug, "Forbidden", detail);
    }
}
