package io.vigil.console.cases;

import io.vigil.console.outbound.CallFailure;
import io.vigil.console.outbound.CallProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * How every form on the case page answers: after success a redirect to the case with a confirmation
 * (post/redirect/get, so reloading does not repeat the action); after a refusal the case page again, with the
 * service's reason beside the form and what the user typed still in it, under the service's status code.
 */
@ApplicationScoped
public class CaseActions {

    private final CaseFileView view;

    public CaseActions(CaseFileView view) {
        this.view = view;
    }

    public Response attempt(UUID id, Feedback.Done done, String form, Map<String, String> draft, Runnable action) {
        try {
            action.run();
            return done(id, done);
        } catch (CallFailure failure) {
            return refused(id, failure.problem(), form, draft);
        }
    }

    public static Response done(UUID id, Feedback.Done done) {
        return Response.seeOther(URI.create("/cases/" + id + "?done=" + done.value())).build();
    }

    /**
     * Renders the case again with the refusal. A case that has meanwhile gone (or left the user's regions) fails
     * that render with 404 and so becomes the not-found page rather than a form error.
     */
    public Response refused(UUID id, CallProblem problem, String form, Map<String, String> draft) {
        return Response.status(problem.status() == 0 ? 503 : problem.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(view.render(id, Feedback.failed(problem, form, draft)).render()).build();
    }
}
