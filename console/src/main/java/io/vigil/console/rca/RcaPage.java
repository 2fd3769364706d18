package io.vigil.console.rca;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.console.access.NotForYourRoles;
import io.vigil.console.format.Notice;
import io.vigil.console.incident.Incident;
import io.vigil.console.incident.IncidentClient;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * An incident's root-cause report: the version shown (the latest, or one chosen), every version, the diff between two,
 * the corrective actions with the moves the viewer may make, and for leads the editing form. A save names the version
 * it edited; when someone saved meanwhile the form comes back with the user's text and a link to what changed.
 */
@Path("/incidents/{id}/rca")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RcaPage {

    static final String SERVICE = "case-service";
    static final String READERS = "investigator, lead, auditor or admin";

    /** The report page: {@code shown} is absent (not found) before the first save. */
    public record Report(Answer<Incident> incident, Answer<RcaVersion> shown, boolean latest,
            Answer<ItemPage<RcaVersion>> versions, Answer<CorrectiveAction.Listing> actions, Notice notice,
            LocalDate today) {

        public boolean noReportYet() {
            return !shown.ok() && shown.failure().isNotFound() && latest;
        }
    }

    /** The editing form: the incident, the draft as typed, and what stopped the last save. */
    public record Editor(Incident incident, RcaDraft draft, Notice notice, String changedMeanwhile) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Viewer viewer, Report page);

        static native TemplateInstance edit(Viewer viewer, Editor page);

        static native TemplateInstance diff(Viewer viewer, Incident incident, Answer<RcaDiff> diff,
                List<RcaVersion> versions);
    }

    private final RcaClient rcas;
    private final IncidentClient incidents;
    private final Caller caller;
    private final Clock clock;

    public RcaPage(@RestClient RcaClient rcas, @RestClient IncidentClient incidents, Caller caller, Clock clock) {
        this.rcas = rcas;
        this.incidents = incidents;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    public Response show(@PathParam("id") String id, @RestQuery Integer version, @RestQuery String done) {
        String text = done == null ? null : switch (done) {
            case "saved" -> "The report was saved as a new version.";
            case "action" -> "The corrective action was moved.";
            default -> null;
        };
        return report(id, version, text == null ? null : Notice.done(text), 200);
    }

    @GET
    @Path("/edit")
    public Response edit(@PathParam("id") String id) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.has("lead")) {
            return NotForYourRoles.page(viewer, "Editing root-cause reports", "lead");
        }
        UUID incidentId = parse(id);
        Answer<Incident> incident = incident(incidentId);
        if (!incident.ok()) {
            return report(id, null, null, 200);
        }
        Answer<RcaVersion> latest = ServiceCalls.call(SERVICE, () -> rcas.latest(incidentId));
        if (!latest.ok() && !latest.failure().isNotFound()) {
            return report(id, null, Notice.of(latest.failure()), statusOf(latest.failure()));
        }
        RcaDraft draft = latest.ok() ? RcaDraft.of(latest.value()) : RcaDraft.empty();
        return Response.ok(Templates.edit(viewer, new Editor(incident.value(), draft, null, null))).build();
    }

    @POST
    public Response save(@PathParam("id") String id, @RestForm String base, @RestForm String summary,
            @RestForm String impact, @RestForm String rootCause, @RestForm String factors,
            @RestForm List<String> timelineAt, @RestForm List<String> timelineText, @RestForm List<String> actionId,
            @RestForm List<String> actionTitle, @RestForm List<String> actionOwner,
            @RestForm List<String> actionDue) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.has("lead")) {
            return NotForYourRoles.page(viewer, "Editing root-cause reports", "lead");
        }
        UUID incidentId = parse(id);
        Answer<Incident> incident = incident(incidentId);
        if (!incident.ok()) {
            return report(id, null, null, 200);
        }
        RcaDraft draft = RcaDraft.posted(base, summary, impact, rootCause, factors, timelineAt, timelineText,
                actionId, actionTitle, actionOwner, actionDue);
        var problems = draft.problems();
        if (!problems.isEmpty()) {
            Notice notice = new Notice("The report was not saved; please correct:", true, problems);
            return editor(400, new Editor(incident.value(), draft.withBlankRows(), notice, null));
        }
        Answer<RcaVersion> saved = ServiceCalls.call(SERVICE,
                () -> rcas.save(incidentId, "\"" + draft.base() + "\"", draft.body()));
        if (saved.ok()) {
            return Response.seeOther(URI.create("/incidents/" + incidentId + "/rca?done=saved")).build();
        }
        return refused(incident.value(), draft, saved.failure());
    }

    /** A refused save: a newer version moves the draft onto it, keeping the text; anything else is said as is. */
    private Response refused(Incident incident, RcaDraft draft, ServiceFailure failure) {
        int status = failure.isUnavailable() ? 503 : failure.status();
        if (status == 412 || "stale-version".equals(failure.slug())) {
            Answer<RcaVersion> latest = ServiceCalls.call(SERVICE, () -> rcas.latest(incident.id()));
            if (latest.ok()) {
                RcaVersion now = latest.value();
                RcaDraft moved = new RcaDraft(now.version(), draft.summary(), draft.impact(), draft.rootCause(),
                        draft.factors(), draft.moments(), draft.actions());
                String words = "Changed meanwhile: " + now.author() + " saved version " + now.version()
                        + " while you were editing version " + draft.base() + ". Your text below is not saved yet."
                        + " Check what changed, then save again to make your text version " + (now.version() + 1) + ".";
                String diff = draft.base() > 0 ? "/incidents/" + incident.id() + "/rca/diff?from=" + draft.base()
                        + "&to=" + now.version() : "/incidents/" + incident.id() + "/rca?version=" + now.version();
                return editor(409, new Editor(incident, moved.withBlankRows(), Notice.refused(words), diff));
            }
        }
        return editor(status, new Editor(incident, draft.withBlankRows(), Notice.of(failure), null));
    }

    @GET
    @Path("/diff")
    public Response diff(@PathParam("id") String id, @RestQuery Integer from, @RestQuery Integer to) {
        Viewer viewer = Viewer.of(caller);
        if (!readsIncidents(viewer)) {
            return NotForYourRoles.page(viewer, "Root-cause reports", READERS);
        }
        UUID incidentId = parse(id);
        Answer<Incident> incident = incident(incidentId);
        if (!incident.ok()) {
            return report(id, null, null, 200);
        }
        List<RcaVersion> versions = ServiceCalls.call(SERVICE, () -> rcas.versions(incidentId, 200, null))
                .map(ItemPage::items).orElse(List.of());
        int newer = to != null ? to : versions.isEmpty() ? 1 : versions.get(0).version();
        int older = from != null ? from : Math.max(1, newer - 1);
        Answer<RcaVersion> a = ServiceCalls.call(SERVICE, () -> rcas.version(incidentId, older));
        Answer<RcaVersion> b = a.ok() ? ServiceCalls.call(SERVICE, () -> rcas.version(incidentId, newer)) : a;
        Answer<RcaDiff> diff = b.ok() ? Answer.of(RcaDiff.between(a.value(), b.value())) : Answer.failed(b.failure());
        int status = diff.ok() ? 200 : statusOf(diff.failure());
        return Response.status(status).entity(Templates.diff(viewer, incident.value(), diff, versions)).build();
    }

    @POST
    @Path("/actions/{actionId}")
    public Response move(@PathParam("id") String id, @PathParam("actionId") String actionId,
            @RestForm String status, @RestForm String reason, @RestForm String version) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.has("lead") && !viewer.has("investigator")) {
            return NotForYourRoles.page(viewer, "Moving corrective actions", "the action's owner or a lead");
        }
        UUID incidentId = parse(id);
        UUID action = parse(actionId);
        if (incidentId == null || action == null) {
            return report(id, null, Notice.refused("There is no such corrective action."), 404);
        }
        if (status == null || !CorrectiveAction.STATUSES.contains(status)) {
            return report(id, null, Notice.invalid("status", "choose a status"), 400);
        }
        String why = reason == null ? "" : reason.strip();
        if ("WAIVED".equals(status) && why.isEmpty()) {
            return report(id, null, Notice.invalid("reason", "a waiver needs a reason"), 400);
        }
        String ifMatch = version != null && version.matches("[0-9]{1,18}") ? "\"" + version + "\"" : null;
        Answer<CorrectiveAction> moved = ServiceCalls.call(SERVICE,
                () -> rcas.move(incidentId, action, ifMatch, Map.of("status", status, "reason", why)));
        if (!moved.ok()) {
            return report(id, null, Notice.of(moved.failure()), moved.failure().isUnavailable() ? 503
                    : moved.failure().status());
        }
        return Response.seeOther(URI.create("/incidents/" + incidentId + "/rca?done=action")).build();
    }

    private Response report(String id, Integer version, Notice notice, int status) {
        Viewer viewer = Viewer.of(caller);
        if (!readsIncidents(viewer)) {
            return NotForYourRoles.page(viewer, "Root-cause reports", READERS);
        }
        UUID incidentId = parse(id);
        Answer<Incident> incident = incident(incidentId);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (!incident.ok()) {
            Answer<RcaVersion> none = Answer.failed(incident.failure());
            return Response.status(status < 300 ? statusOf(incident.failure()) : status)
                    .entity(Templates.report(viewer, new Report(incident, none, true, Answer.failed(incident.failure()),
                            Answer.failed(incident.failure()), notice, today))).build();
        }
        Answer<RcaVersion> shown = ServiceCalls.call(SERVICE,
                () -> version == null ? rcas.latest(incidentId) : rcas.version(incidentId, version));
        if (version != null && !shown.ok() && status < 300) {
            status = statusOf(shown.failure());
        }
        Report page = new Report(incident, shown, version == null,
                ServiceCalls.call(SERVICE, () -> rcas.versions(incidentId, 50, null)),
                ServiceCalls.call(SERVICE, () -> rcas.actions(incidentId)), notice, today);
        return Response.status(status).entity(Templates.report(viewer, page)).build();
    }

    private Response editor(int status, Editor editor) {
        return Response.status(status).entity(Templates.edit(Viewer.of(caller), editor)).build();
    }

    private Answer<Incident> incident(UUID incidentId) {
        if (incidentId == null) {
            return Answer.failed(ServiceFailure.notFound(SERVICE, "no incident has this address"));
        }
        return ServiceCalls.call(SERVICE, () -> incidents.get(incidentId));
    }

    static boolean readsIncidents(Viewer viewer) {
        return viewer.has("investigator") || viewer.has("lead") || viewer.has("auditor") || viewer.has("admin");
    }

    private static int statusOf(ServiceFailure failure) {
        return failure.isNotFound() ? 404 : failure.isUnavailable() ? 503 : failure.pageStatus();
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
