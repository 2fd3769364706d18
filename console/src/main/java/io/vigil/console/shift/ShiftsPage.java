package io.vigil.console.shift;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.console.access.NotForYourRoles;
import io.vigil.console.cases.CaseServiceClient;
import io.vigil.console.cases.Queue;
import io.vigil.console.format.Notice;
import io.vigil.console.incident.Incident;
import io.vigil.console.incident.IncidentClient;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Shifts: the pages sent to the user as on-shift lead, who is on duty now in each of the user's regions, the
 * handover notes between shifts, the roster from half a day back to a week ahead (all of it or the user's own), the
 * open incidents the shift watches, and for leads and admins planning and removing shifts.
 */
@Path("/shifts")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ShiftsPage {

    static final String SERVICE = "case-service";
    static final Duration BACK = Duration.ofHours(12);
    static final Duration AHEAD = Duration.ofDays(7);
    static final int ROSTER = 200;
    static final int HANDOVERS = 20;
    static final int INBOX = 20;

    /** What the page shows; {@code mine} narrows the roster to the user's own shifts. */
    public record View(Instant now, boolean mine, String region, List<Answer<Shift.OnDuty>> onDuty,
            Answer<ItemPage<Shift>> roster, List<Queue> queues, Answer<ItemPage<Incident>> incidents,
            Answer<ItemPage<HandoverNote>> handovers, Answer<ItemPage<PageToMe>> inbox, ShiftForm form,
            HandoverNote.Draft draft, Notice notice) {

        public String queueName(UUID id) {
            return id == null ? "whole region" : queues.stream().filter(q -> q.id().equals(id)).map(Queue::name)
                    .findFirst().orElse("a queue");
        }

        public List<Queue> queuesOf(String region) {
            return queues.stream().filter(q -> q.region().equals(region)).toList();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shifts(Viewer viewer, View page);
    }

    private final ShiftClient shifts;
    private final InboxClient inbox;
    private final CaseServiceClient cases;
    private final IncidentClient incidents;
    private final Caller caller;
    private final Clock clock;

    public ShiftsPage(@RestClient ShiftClient shifts, @RestClient InboxClient inbox,
            @RestClient CaseServiceClient cases, @RestClient IncidentClient incidents, Caller caller, Clock clock) {
        this.shifts = shifts;
        this.inbox = inbox;
        this.cases = cases;
        this.incidents = incidents;
        this.caller = caller;
        this.clock = clock;
    }

    static boolean readsRoster(Viewer viewer) {
        return viewer.has("investigator") || viewer.has("lead") || viewer.has("auditor") || viewer.has("admin");
    }

    static boolean plansShifts(Viewer viewer) {
        return viewer.has("lead") || viewer.has("admin");
    }

    @GET
    public Response show(@RestQuery String who, @RestQuery String region, @RestQuery String done) {
        String text = done == null ? null : switch (done) {
            case "planned" -> "The shift is on the roster.";
            case "removed" -> "The shift was removed from the roster.";
            case "handover" -> "Your handover note is posted for the next shift.";
            default -> null;
        };
        Viewer viewer = Viewer.of(caller);
        String firstRegion = viewer.regions().isEmpty() ? "" : viewer.regions().get(0);
        return render("me".equals(who), region, ShiftForm.startingAfter(clock.instant(), firstRegion),
                new HandoverNote.Draft(firstRegion, "", ""), text == null ? null : Notice.done(text), 200);
    }

    @POST
    public Response plan(@RestForm String region, @RestForm String queueId, @RestForm String person,
            @RestForm String role, @RestForm String startsAt, @RestForm String endsAt) {
        Viewer viewer = Viewer.of(caller);
        if (!plansShifts(viewer)) {
            return NotForYourRoles.page(viewer, "Planning shifts", "lead or admin");
        }
        ShiftForm form = new ShiftForm(region, queueId, person, role, startsAt, endsAt);
        var problems = form.problems(viewer.regions());
        if (!problems.isEmpty()) {
            return render(false, null, form, null, new Notice("The shift was not planned; please correct:", true,
                    problems), 400);
        }
        Answer<Shift> planned = ServiceCalls.call(SERVICE, () -> shifts.plan(UUID.randomUUID().toString(),
                form.body()));
        if (!planned.ok()) {
            return render(false, null, form, null, Notice.of(planned.failure()),
                    planned.failure().isUnavailable() ? 503 : planned.failure().status());
        }
        return Response.seeOther(URI.create("/shifts?done=planned")).build();
    }

    @POST
    @Path("/{id}/remove")
    public Response remove(@PathParam("id") String id, @RestForm String version) {
        Viewer viewer = Viewer.of(caller);
        if (!plansShifts(viewer)) {
            return NotForYourRoles.page(viewer, "Planning shifts", "lead or admin");
        }
        UUID shift = parse(id);
        ShiftForm blank = ShiftForm.startingAfter(clock.instant(), "");
        if (shift == null) {
            return render(false, null, blank, null, Notice.refused("There is no such shift."), 404);
        }
        String ifMatch = version != null && version.matches("[0-9]{1,18}") ? "\"" + version + "\"" : null;
        Answer<Boolean> removed = ServiceCalls.call(SERVICE, () -> {
            shifts.remove(shift, ifMatch);
            return Boolean.TRUE;
        });
        if (!removed.ok()) {
            return render(false, null, blank, null, Notice.of(removed.failure()),
                    removed.failure().isUnavailable() ? 503 : removed.failure().status());
        }
        return Response.seeOther(URI.create("/shifts?done=removed")).build();
    }

    /** A note for the next shift: case workers write one for a region of theirs (or one of its queues). */
    @POST
    @Path("/handovers")
    public Response handOver(@RestForm String region, @RestForm String queueId, @RestForm String body) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.has("investigator") && !viewer.has("lead")) {
            return NotForYourRoles.page(viewer, "Writing handover notes", "investigator or lead");
        }
        HandoverNote.Draft draft = new HandoverNote.Draft(region, queueId, body);
        ShiftForm blank = ShiftForm.startingAfter(clock.instant(), draft.region());
        Notice invalid = !viewer.regions().contains(draft.region()) ? Notice.invalid("region", "choose one of your regions")
                : draft.body().isBlank() || draft.body().length() > 4_000
                        ? Notice.invalid("note", "write the note (at most 4,000 characters)") : null;
        if (invalid != null) {
            return render(false, null, blank, draft, invalid, 400);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("region", draft.region());
        if (!draft.queueId().isBlank()) {
            json.put("queueId", draft.queueId());
        }
        json.put("body", draft.body().strip());
        Answer<HandoverNote> written = ServiceCalls.call(SERVICE, () -> shifts.handOver(json));
        if (!written.ok()) {
            return render(false, null, blank, draft, Notice.of(written.failure()),
                    written.failure().isUnavailable() ? 503 : written.failure().status());
        }
        return Response.seeOther(URI.create("/shifts?done=handover")).build();
    }

    private Response render(boolean mine, String region, ShiftForm form, HandoverNote.Draft typed, Notice notice,
            int status) {
        Viewer viewer = Viewer.of(caller);
        if (!readsRoster(viewer)) {
            return NotForYourRoles.page(viewer, "Shifts", "investigator, lead, auditor or admin");
        }
        Instant now = clock.instant();
        String picked = region != null && viewer.regions().contains(region) ? region : null;
        List<String> regions = picked == null ? viewer.regions() : List.of(picked);
        List<Answer<Shift.OnDuty>> onDuty = regions.stream()
                .map(r -> ServiceCalls.call(SERVICE, () -> shifts.onDuty(r))).toList();
        Answer<ItemPage<Shift>> roster = ServiceCalls.call(SERVICE, () -> shifts.roster(picked,
                mine ? viewer.name() : null, now.minus(BACK).toString(), now.plus(AHEAD).toString(), ROSTER, null));
        List<Queue> queues = viewer.worksCases() || viewer.has("admin")
                ? ServiceCalls.call(SERVICE, cases::queues).map(Queue.Listing::items).orElse(List.of())
                : List.of();
        Answer<ItemPage<Incident>> open = ServiceCalls.call(SERVICE,
                () -> incidents.list("OPEN", null, null, picked, 20, null));
        Answer<ItemPage<HandoverNote>> handovers = ServiceCalls.call(SERVICE,
                () -> shifts.handovers(picked, HANDOVERS));
        HandoverNote.Draft draft = typed != null ? typed
                : new HandoverNote.Draft(viewer.regions().isEmpty() ? "" : viewer.regions().get(0), "", "");
        Answer<ItemPage<PageToMe>> pages = ServiceCalls.call(SERVICE, () -> inbox.mine(INBOX));
        View view = new View(now, mine, picked == null ? "" : picked, onDuty, roster, queues, open, handovers, pages,
                form, draft, notice);
        return Response.status(status).entity(Templates.shifts(viewer, view)).build();
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
