package io.vigil.console.incident;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** The incident list with its filters, and (for leads) the form declaring a new incident. */
@Path("/incidents")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class IncidentsPage {

    static final String SERVICE = "case-service";
    static final int PAGE = 50;
    static final List<String> KINDS = List.of("election", "coordinated-abuse", "control-outage", "data-exposure",
            "regulatory", "other");
    static final List<String> SEVERITIES = List.of("SEV1", "SEV2", "SEV3", "SEV4");
    static final List<String> STATUSES = List.of("OPEN", "MITIGATED", "RESOLVED", "CLOSED");

    /** The list's filters as typed; only known values are passed on. */
    public record Filters(String status, String severity, String kind, String region) {

        static Filters of(String status, String severity, String kind, String region) {
            return new Filters(known(STATUSES, status), known(SEVERITIES, severity), known(KINDS, kind),
                    region == null || !region.matches("[A-Z]{2}") ? "" : region);
        }

        private static String known(List<String> values, String value) {
            // List.of(...).contains(null) throws, and a missing parameter is null.
            return value != null && values.contains(value) ? value : "";
        }

        public List<String> statuses() {
            return STATUSES;
        }

        public List<String> severities() {
            return SEVERITIES;
        }

        public List<String> kinds() {
            return KINDS;
        }

        String orNull(String value) {
            return value.isEmpty() ? null : value;
        }
    }

    /** The declaration form as typed. */
    public record Declaration(String title, String description, String kind, String severity, List<String> regions,
            String commander) {

        public Declaration {
            regions = regions == null ? List.of() : List.copyOf(regions);
        }

        static Declaration empty() {
            return new Declaration("", "", "", "", List.of(), "");
        }

        public boolean picked(String region) {
            return regions.contains(region);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Viewer viewer, Filters filters, Answer<ItemPage<Incident>> incidents,
                Declaration form, Notice notice, String cursor);
    }

    private final IncidentClient client;
    private final Caller caller;

    public IncidentsPage(@RestClient IncidentClient client, Caller caller) {
        this.client = client;
        this.caller = caller;
    }

    static boolean readsIncidents(Viewer viewer) {
        return viewer.has("investigator") || viewer.has("lead") || viewer.has("auditor") || viewer.has("admin");
    }

    @GET
    public Response list(@RestQuery String status, @RestQuery String severity, @RestQuery String kind,
            @RestQuery String region, @RestQuery String cursor) {
        return render(Filters.of(status, severity, kind, region), cursor, Declaration.empty(), null, 200);
    }

    @POST
    public Response declare(@RestForm String title, @RestForm String description, @RestForm String kind,
            @RestForm String severity, @RestForm List<String> regions, @RestForm String commander) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.has("lead")) {
            return NotForYourRoles.page(viewer, "Declaring incidents", "lead");
        }
        Declaration form = new Declaration(title, description, kind, severity, regions, commander);
        Filters none = Filters.of(null, null, null, null);
        Notice invalid = title == null || title.isBlank() ? Notice.invalid("title", "give the incident a title")
                : !Filters.known(KINDS, kind).equals(kind) ? Notice.invalid("kind", "choose a kind")
                : !Filters.known(SEVERITIES, severity).equals(severity) ? Notice.invalid("severity", "choose a severity")
                : form.regions().isEmpty() ? Notice.invalid("regions", "choose at least one region") : null;
        if (invalid != null) {
            return render(none, null, form, invalid, 400);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("title", title.strip());
        body.put("description", description == null ? "" : description.strip());
        body.put("kind", kind);
        body.put("severity", severity);
        body.put("regions", form.regions());
        if (commander != null && !commander.isBlank()) {
            body.put("commander", commander.strip());
        }
        Answer<Incident> declared = ServiceCalls.call(SERVICE,
                () -> client.declare(UUID.randomUUID().toString(), body));
        if (!declared.ok()) {
            return render(none, null, form, Notice.of(declared.failure()),
                    declared.failure().isUnavailable() ? 503 : declared.failure().status());
        }
        return Response.seeOther(URI.create("/incidents/" + declared.value().id() + "?done=declared")).build();
    }

    private Response render(Filters filters, String cursor, Declaration form, Notice notice, int status) {
        Viewer viewer = Viewer.of(caller);
        if (!readsIncidents(viewer)) {
            return NotForYourRoles.page(viewer, "Incidents", "investigator, lead, auditor or admin");
        }
        Answer<ItemPage<Incident>> incidents = ServiceCalls.call(SERVICE, () -> client.list(
                filters.orNull(filters.status()), filters.orNull(filters.severity()), filters.orNull(filters.kind()),
                filters.orNull(filters.region()), PAGE, cursor));
        return Response.status(status).entity(Templates.list(viewer, filters, incidents, form, notice,
                cursor == null ? "" : cursor)).build();
    }
}
