package io.vigil.console.enforcement;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.console.access.NotForYourRoles;
import io.vigil.console.format.Notice;
import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ItemPage;
import io.vigil.console.outbound.ServiceCalls;
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
 * The leads' approvals inbox: actions waiting for a second person (four-eyes) across the cases of the lead's
 * regions (case-service scopes the list), each approved or rejected with a reason.
 */
@Path("/approvals")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ApprovalsPage {

    static final int PAGE = 50;
    private static final int MAX_REASON = 2_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(Viewer viewer, Answer<ItemPage<Action>> pending, String cursor,
                Notice notice);
    }

    private final EnforcementClient client;
    private final Caller caller;

    public ApprovalsPage(@RestClient EnforcementClient client, Caller caller) {
        this.client = client;
        this.caller = caller;
    }

    @GET
    public Response show(@RestQuery String cursor, @RestQuery String done) {
        Notice notice = "approved".equals(done) ? Notice.done("The action was approved and is in force.")
                : "rejected".equals(done) ? Notice.done("The action was rejected; it will not apply.") : null;
        return render(cursor, notice, 200);
    }

    @POST
    @Path("/{actionId}")
    public Response decide(@PathParam("actionId") String actionId, @RestForm String decision,
            @RestForm String reason, @RestForm String version) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.has("lead")) {
            return NotForYourRoles.page(viewer, "Approvals", "lead");
        }
        UUID action;
        try {
            action = UUID.fromString(actionId);
        } catch (IllegalArgumentException e) {
            return render(null, Notice.refused("No enforcement action has this address."), 404);
        }
        if (!"approve".equals(decision) && !"reject".equals(decision)) {
            return render(null, Notice.invalid("decision", "choose approve or reject"), 400);
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            return render(null, Notice.invalid("reason", "give a reason (at most " + MAX_REASON + " characters)"),
                    400);
        }
        Answer<Action> decided = ServiceCalls.call(EnforcementPanel.SERVICE, () -> client.decide(action,
                EnforcementPanel.etag(version), Map.of("decision", decision, "reason", reason.strip())));
        if (!decided.ok()) {
            return render(null, Notice.of(decided.failure()), EnforcementPanel.status(decided.failure()));
        }
        return Response.seeOther(URI.create("/approvals?done=" + ("approve".equals(decision) ? "approved"
                : "rejected"))).build();
    }

    private Response render(String cursor, Notice notice, int status) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.has("lead")) {
            return NotForYourRoles.page(viewer, "Approvals", "lead");
        }
        Answer<ItemPage<Action>> pending = ServiceCalls.call(EnforcementPanel.SERVICE,
                () -> client.list("PENDING_APPROVAL", PAGE, cursor));
        return Response.status(status).entity(Templates.inbox(viewer, pending, cursor, notice)).build();
    }
}
