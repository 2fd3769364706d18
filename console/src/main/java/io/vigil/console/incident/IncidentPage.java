package io.vigil.console.incident;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * One incident: its details, status moves, command, updates, linked cases, timeline and pages. Commands are plain
 * forms (post/redirect/get); a refusal renders the page under case-service's status with its problem, and a close
 * refused for open corrective actions names each of them.
 */
@Path("/incidents/{id}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class IncidentPage {

    private static final Pattern CASE_ID = Pattern.compile(
            "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\s*/?\\s*$");

    /** What the page shows; {@code openActions} lists the corrective actions a refused close named. */
    public record View(Answer<Incident> incident, Answer<ItemPage<LinkedCase>> cases,
            Answer<ItemPage<TimelineItem>> timeline, Answer<ItemPage<Notification>> notifications, Notice notice,
            List<String> openActions) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance incident(Viewer viewer, View page);
    }

    private final IncidentClient client;
    private final Caller caller;

    public IncidentPage(@RestClient IncidentClient client, Caller caller) {
        this.client = client;
        this.caller = caller;
    }

    @GET
    public Response show(@PathParam("id") String id, @RestQuery String done) {
        String text = done == null ? null : switch (done) {
            case "declared" -> "The incident was declared; the on-shift lead is paged.";
            case "moved" -> "The status was changed.";
            case "commander" -> "Command was handed over.";
            case "update" -> "The update is on the timeline.";
            case "linked" -> "The case was linked.";
            case "unlinked" -> "The case was unlinked.";
            default -> null;
        };
        return render(id, text == null ? null : Notice.done(text), List.of(), 200);
    }

    @POST
    @Path("/transitions")
    public Response transition(@PathParam("id") String id, @RestForm String to, @RestForm String reason,
            @RestForm String version) {
        if (to == null || !IncidentsPage.STATUSES.contains(to)) {
            return render(id, Notice.invalid("to", "choose a status"), List.of(), 400);
        }
        return lead(id, "moved", incident -> client.transition(incident, etag(version),
                Map.of("to", to, "reason", reason == null ? "" : reason.strip())));
    }

    @POST
    @Path("/commander")
    public Response handOver(@PathParam("id") String id, @RestForm String commander, @RestForm String version) {
        if (commander == null || commander.isBlank()) {
            return render(id, Notice.invalid("commander", "name the new commander"), List.of(), 400);
        }
        return lead(id, "commander", incident -> client.handOver(incident, etag(version),
                Map.of("commander", commander.strip())));
    }

    @POST
    @Path("/updates")
    public Response update(@PathParam("id") String id, @RestForm String body) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.has("investigator") && !viewer.has("lead")) {
            return NotForYourRoles.page(viewer, "Incident updates", "investigator or lead");
        }
        if (body == null || body.isBlank() || body.length() > 4_000) {
            return render(id, Notice.invalid("body", "write the update (at most 4,000 characters)"), List.of(), 400);
        }
        return command(id, "update", incident -> client.update(incident, Map.of("body", body.strip())));
    }

    @POST
    @Path("/cases")
    public Response link(@PathParam("id") String id, @RestForm String other) {
        Matcher m = CASE_ID.matcher(other == null ? "" : other.strip().toLowerCase());
        if (!m.find()) {
            return render(id, Notice.invalid("other", "give the case's console address or id"), List.of(), 400);
        }
        return lead(id, "linked", incident -> client.link(incident, Map.of("caseId", m.group(1))));
    }

    @POST
    @Path("/cases/{caseId}/unlink")
    public Response unlink(@PathParam("id") String id, @PathParam("caseId") String caseId) {
        UUID linked = parse(caseId);
        if (linked == null) {
            return render(id, Notice.refused("That case is not linked."), List.of(), 404);
        }
        return lead(id, "unlinked", incident -> {
            client.unlink(incident, linked);
            return Boolean.TRUE;
        });
    }

    private interface Command {
        Object run(UUID incident);
    }

    private Response lead(String id, String done, Command command) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.has("lead")) {
            return NotForYourRoles.page(viewer, "Changing incidents", "lead");
        }
        return command(id, done, command);
    }

    private Response command(String id, String done, Command command) {
        UUID incident = parse(id);
        if (incident == null) {
            return render(id, null, List.of(), 404);
        }
        Supplier<Object> call = () -> command.run(incident);
        Answer<Object> answer = ServiceCalls.call(IncidentsPage.SERVICE, call);
        if (!answer.ok()) {
            ServiceFailure failure = answer.failure();
            return render(id, Notice.of(failure), openActions(failure),
                    failure.isUnavailable() ? 503 : failure.status());
        }
        return Response.seeOther(URI.create("/incidents/" + incident + "?done=" + done)).build();
    }

    /** The corrective actions a refused close names ({@code openActions} of a 409 open-corrective-actions). */
    static List<String> openActions(ServiceFailure failure) {
        List<String> named = new ArrayList<>();
        JsonNode body = failure.problem() == null ? null : failure.problem().body();
        if (body != null) {
            body.path("openActions").forEach(a -> named.add(a.path("title").asText() + " (owner "
                    + a.path("owner").asText() + ", due " + a.path("dueDate").asText() + ", "
                    + a.path("status").asText() + ")"));
        }
        return named;
    }

    static String etag(String version) {
        return version == null || !version.matches("[0-9]{1,18}") ? null : "\"" + version + "\"";
    }

    private Response render(String id, Notice notice, List<String> openActions, int status) {
        Viewer viewer = Viewer.of(caller);
        if (!IncidentsPage.readsIncidents(viewer)) {
            return NotForYourRoles.page(viewer, "Incidents", "investigator, lead, auditor or admin");
        }
        UUID incidentId = parse(id);
        String service = IncidentsPage.SERVICE;
        if (incidentId == null) {
            ServiceFailure missing = ServiceFailure.notFound(service, "no incident has this address");
            return Response.status(404).entity(Templates.incident(viewer, new View(Answer.failed(missing),
                    Answer.failed(missing), Answer.failed(missing), Answer.failed(missing), notice, openActions)))
                    .build();
        }
        Answer<Incident> incident = ServiceCalls.call(service, () -> client.get(incidentId));
        View view;
        if (!incident.ok()) {
            view = new View(incident, Answer.failed(incident.failure()), Answer.failed(incident.failure()),
                    Answer.failed(incident.failure()), notice, openActions);
            if (status < 300) {
                status = incident.failure().isNotFound() ? 404 : incident.failure().isUnavailable() ? 503
                        : incident.failure().pageStatus();
            }
        } else {
            view = new View(incident, ServiceCalls.call(service, () -> client.cases(incidentId, 100)),
                    ServiceCalls.call(service, () -> client.timeline(incidentId, 200)),
                    ServiceCalls.call(service, () -> client.notifications(incidentId, 50)), notice, openActions);
        }
        return Response.status(status).entity(Templates.incident(viewer, view)).build();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
