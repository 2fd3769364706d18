package io.vigil.console.enforcement;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.console.access.NotForYourRoles;
import io.vigil.console.format.Notice;
import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ItemPage;
import io.vigil.console.outbound.ServiceCalls;
import io.vigil.console.outbound.ServiceFailure;
import io.vigil.console.shell.Viewer;
import io.vigil.kit.security.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Appeals against enforcement actions: the list in the user's regions and one appeal with its statement, the
 * original action and case, and the decision form. case-service refuses a decider who requested or approved the
 * action ({@code appeal-decider-conflict}); the page shows that refusal in its words.
 */
@Path("/appeals")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AppealsPage {

    static final int PAGE = 50;
    private static final int MAX_REASON = 2_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Viewer viewer, Answer<ItemPage<Appeal>> appeals, String status);

        static native TemplateInstance appeal(Viewer viewer, Answer<Appeal> appeal, Answer<Action> action,
                Notice notice, String reason);
    }

    private final EnforcementClient client;
    private final Caller caller;

    public AppealsPage(@RestClient EnforcementClient client, Caller caller) {
        this.client = client;
        this.caller = caller;
    }

    static boolean worksAppeals(Viewer viewer) {
        return viewer.has("investigator") || viewer.has("lead") || viewer.has("admin");
    }

    /** Only investigators and leads decide appeals (admins read them). */
    static boolean decidesAppeals(Viewer viewer) {
        return viewer.has("investigator") || viewer.has("lead");
    }

    @GET
    public Response list(@RestQuery String status, @RestQuery String cursor) {
        Viewer viewer = Viewer.of(caller);
        if (!worksAppeals(viewer)) {
            return NotForYourRoles.page(viewer, "Appeals", "investigator, lead or admin");
        }
        String filter = "OPEN".equals(status) || "DECIDED".equals(status) ? status : null;
        Answer<ItemPage<Appeal>> appeals = ServiceCalls.call(EnforcementPanel.SERVICE,
                () -> client.appeals(filter, PAGE, cursor));
        return Response.ok(Templates.list(viewer, appeals, filter == null ? "" : filter)).build();
    }

    @GET
    @Path("/{id}")
    public Response show(@PathParam("id") String id, @RestQuery String done) {
        Notice notice = "decided".equals(done) ? Notice.done("The appeal was decided.")
                : "filed".equals(done) ? Notice.done("The appeal was filed; its review case is in the appeals queue.")
                : null;
        return render(id, notice, null, 200);
    }

    @POST
    @Path("/{id}/decision")
    public Response decide(@PathParam("id") String id, @RestForm String outcome, @RestForm String reason,
            @RestForm String version) {
        Viewer viewer = Viewer.of(caller);
        if (!decidesAppeals(viewer)) {
            return NotForYourRoles.page(viewer, "Deciding appeals", "investigator or lead");
        }
        UUID appeal = parse(id);
        if (appeal == null) {
            return render(id, null, reason, 404);
        }
        if (!"upheld".equals(outcome) && !"overturned".equals(outcome)) {
            return render(id, Notice.invalid("outcome", "choose upheld or overturned"), reason, 400);
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            return render(id, Notice.invalid("reason", "give the reason the recipient will read (at most "
                    + MAX_REASON + " characters)"), reason, 400);
        }
        Answer<Appeal> decided = ServiceCalls.call(EnforcementPanel.SERVICE, () -> client.decideAppeal(appeal,
                EnforcementPanel.etag(version), Map.of("outcome", outcome, "reason", reason.strip())));
        if (!decided.ok()) {
            return render(id, Notice.of(decided.failure()), reason, EnforcementPanel.status(decided.failure()));
        }
        return Response.seeOther(URI.create("/appeals/" + appeal + "?done=decided")).build();
    }

    private Response render(String id, Notice notice, String reason, int status) {
        Viewer viewer = Viewer.of(caller);
        if (!worksAppeals(viewer)) {
            return NotForYourRoles.page(viewer, "Appeals", "investigator, lead or admin");
        }
        UUID appealId = parse(id);
        Answer<Appeal> appeal = appealId == null
                ? Answer.failed(ServiceFailure.notFound(EnforcementPanel.SERVICE, "no appeal has this address"))
                : ServiceCalls.call(EnforcementPanel.SERVICE, () -> client.appeal(appealId));
        Answer<Action> action = appeal.ok()
                ? ServiceCalls.call(EnforcementPanel.SERVICE, () -> client.action(appeal.value().enforcementId()))
                : Answer.failed(appeal.failure());
        if (!appeal.ok() && status < 300) {
            status = appeal.failure().isNotFound() ? 404 : EnforcementPanel.status(appeal.failure());
        }
        return Response.status(status).entity(Templates.appeal(viewer, appeal, action, notice,
                reason == null ? "" : reason)).build();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
