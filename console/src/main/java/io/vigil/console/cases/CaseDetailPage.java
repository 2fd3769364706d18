package io.vigil.console.cases;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.console.outbound.ServiceCall;
import io.vigil.console.outbound.CallProblem;
import io.vigil.kit.security.Caller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * One case: its header, sections and the commands on the case itself (status and assignment). Both commands
 * carry the version the page showed as If-Match, so a change made meanwhile by someone else is refused (412)
 * instead of silently overwritten.
 */
@Path("/cases/{id}")
@Authenticated
public class CaseDetailPage {

    private final CaseFileView view;
    private final CaseActions actions;
    private final CaseServiceClient cases;
    private final Caller caller;

    public CaseDetailPage(CaseFileView view, CaseActions actions, @RestClient CaseServiceClient cases,
            Caller caller) {
        this.view = view;
        this.actions = actions;
        this.cases = cases;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") UUID id, @RestQuery String done) {
        Feedback.Done confirmed = Feedback.Done.parse(done);
        return view.render(id, confirmed == null ? Feedback.NONE : Feedback.of(confirmed));
    }

    /** The next page of the timeline, for the "Show more" button (htmx). */
    @GET
    @Path("/timeline")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance timeline(@PathParam("id") UUID id, @RestQuery String cursor) {
        return view.timelinePage(id, cursor);
    }

    @POST
    @Path("/transitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response transition(@PathParam("id") UUID id, @RestForm String to, @RestForm String reason,
            @RestForm String version) {
        Map<String, String> draft = Map.of("reason", reason == null ? "" : reason);
        if (to == null || !CaseQuery.STATUSES.contains(to)) {
            return actions.refused(id, invalid("to", "Choose one of the status changes offered"), "status", draft);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return actions.attempt(id, Feedback.Done.STATUS, "status", draft, () -> ServiceCall.run(
                CaseDirectory.SERVICE, () -> cases.transition(id, ifMatch(version),
                        new CaseServiceClient.Transition(to, why))));
    }

    /**
     * Assign, reassign or hand back. Investigators may only take a case or hand back their own (case-service
     * enforces it with 403); leads name anyone.
     */
    @POST
    @Path("/assignment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response assign(@PathParam("id") UUID id, @RestForm String assignee, @RestForm String version) {
        String who = assignee == null || assignee.isBlank() ? null
                : "me".equals(assignee.strip()) ? caller.username() : assignee.strip();
        return actions.attempt(id, Feedback.Done.ASSIGNED, "assignment", Map.of("assignee", who == null ? "" : who),
                () -> ServiceCall.run(CaseDirectory.SERVICE, () -> cases.assign(id, ifMatch(version),
                        new CaseServiceClient.Assignment(who))));
    }

    /** The ETag case-service issued for the version the page showed; none (no precondition) if absent. */
    static String ifMatch(String version) {
        return version != null && version.matches("\\d{1,18}") ? "\"" + version + "\"" : null;
    }

    static CallProblem invalid(String field, String message) {
        return new CallProblem("console", 400, "Invalid request", message, List.of(), List.of(field + ": "
                + message));
    }
}
