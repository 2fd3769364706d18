package io.vigil.console.guidance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The SOP guidance panel of a case, an HTML fragment the case page loads with {@code hx-get} on load: the SOP's
 * title, version and steps and the decision-tree walk. Each action posts here, is sent to case-service with the
 * user's token, and answers the panel as it then stands, which htmx swaps in place.
 */
@Path("/cases/{id}/guidance")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class GuidancePanel {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance panel(UUID caseId, Panel panel);
    }

    /** The htmx event a recorded outcome or a restarted walk raises on the page. */
    public static final String WALK_CHANGED = "sop-walk-changed";

    private final GuidanceDesk desk;

    public GuidancePanel(GuidanceDesk desk) {
        this.desk = desk;
    }

    @GET
    public TemplateInstance show(@RestPath UUID id) {
        return Templates.panel(id, desk.show(id));
    }

    @POST
    @Path("/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance answer(@RestPath UUID id, @RestForm String input, @RestForm String value) {
        return Templates.panel(id, desk.answer(id, input, value));
    }

    @POST
    @Path("/facts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance giveFact(@RestPath UUID id, @RestForm String fact, @RestForm String type,
            @RestForm String value) {
        return Templates.panel(id, desk.giveFact(id, fact, type, value));
    }

    @POST
    @Path("/outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@RestPath UUID id, @RestForm String outcome, @RestForm boolean begin) {
        return walkChanged(id, desk.decide(id, outcome, begin));
    }

    @POST
    @Path("/restart")
    public Response restart(@RestPath UUID id) {
        return walkChanged(id, desk.restart(id));
    }

    /**
     * The panel, and when the walk's outcome changed, the htmx event {@value #WALK_CHANGED}: the case page reloads
     * its enforcement panel on it, so the request form starts from the outcome just recorded.
     */
    private static Response walkChanged(UUID id, Panel panel) {
        Response.ResponseBuilder answer = Response.ok(Templates.panel(id, panel));
        if (panel.isLoaded() && !panel.hasNotice()) {
            answer.header("HX-Trigger", WALK_CHANGED);
        }
        return answer.build();
    }
}
