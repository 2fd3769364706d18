package io.vigil.console.enforcement;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.console.cases.AccountGroup;
import io.vigil.console.cases.CaseRecord;
import io.vigil.console.cases.InvestigationClient;
import io.vigil.console.format.Notice;
import io.vigil.console.guidance.GuidanceDesk;
import io.vigil.console.guidance.SopWalk;
import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ItemPage;
import io.vigil.console.outbound.ParallelCalls;
import io.vigil.console.outbound.ServiceCalls;
import io.vigil.console.outbound.ServiceFailure;
import io.vigil.console.shell.Viewer;
import io.vigil.kit.security.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The enforcement panel of a case page ({@code hx-get="/cases/{id}/enforcements"}) and its commands. An htmx
 * request gets the panel alone, always with 200 so htmx swaps it in, refusals included; without JavaScript the
 * same panel is a page of its own and a refusal answers with case-service's status.
 */
@Path("/cases/{id}/enforcements")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class EnforcementPanel {

    static final String SERVICE = "case-service";
    /** No form typed yet: the panel shows one started from the case's SOP walk. */
    private static final RequestForm FRESH = null;
    private static final int MAX_REASON = 2_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fragment(Panel panel);

        static native TemplateInstance page(Viewer viewer, Panel panel);
    }

    private final EnforcementClient client;
    private final Caller caller;
    private final ActionTypes rules;
    private final InvestigationClient investigation;
    private final GuidanceDesk guidance;
    private final ParallelCalls parallel;

    public EnforcementPanel(@RestClient EnforcementClient client, Caller caller, ActionTypes rules,
            @RestClient InvestigationClient investigation, GuidanceDesk guidance, ParallelCalls parallel) {
        this.client = client;
        this.caller = caller;
        this.rules = rules;
        this.investigation = investigation;
        this.guidance = guidance;
        this.parallel = parallel;
    }

    @GET
    public Response show(@PathParam("id") String id, @RestQuery String done, @HeaderParam("HX-Request") String htmx) {
        return render(id, FRESH, doneNotice(done), 200, htmx);
    }

    @POST
    public Response request(@PathParam("id") String id, @RestForm String type, @RestForm List<String> subjects,
            @RestForm String accountGroupId, @RestForm String reasonCode, @RestForm String sopKey,
            @RestForm String sopVersion, @RestForm String sopPath, @RestForm String rationale,
            @RestForm String duration, @RestForm String idempotencyKey, @HeaderParam("HX-Request") String htmx) {
        RequestForm form = new RequestForm(type, subjects, accountGroupId, reasonCode, sopKey, sopVersion, sopPath,
                rationale, duration);
        UUID caseId = parse(id);
        if (caseId == null) {
            return render(id, form, null, 404, htmx);
        }
        Notice invalid = form.problem();
        if (invalid != null) {
            return render(id, form, invalid, 400, htmx);
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString()
                : idempotencyKey;
        Answer<Action> requested = ServiceCalls.call(SERVICE, () -> client.request(caseId, key, form.body()));
        if (!requested.ok()) {
            return render(id, form, Notice.of(requested.failure()), status(requested.failure()), htmx);
        }
        String done = requested.value().pending() ? "pending" : "requested";
        return finished(id, done, htmx);
    }

    @POST
    @Path("/{actionId}/reversal")
    public Response reverse(@PathParam("id") String id, @PathParam("actionId") String actionId,
            @RestForm String reason, @RestForm String version, @HeaderParam("HX-Request") String htmx) {
        UUID action = parse(actionId);
        if (action == null) {
            return render(id, FRESH, Notice.refused("That action does not exist."), 404, htmx);
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            return render(id, FRESH, Notice.invalid("reason",
                    "say why the action is reversed (at most " + MAX_REASON + " characters)"), 400, htmx);
        }
        Answer<Action> reversed = ServiceCalls.call(SERVICE, () -> client.reverse(action, etag(version),
                Map.of("reason", reason.strip())));
        if (!reversed.ok()) {
            return render(id, FRESH, Notice.of(reversed.failure()), status(reversed.failure()), htmx);
        }
        return finished(id, "reversed", htmx);
    }

    @POST
    @Path("/{actionId}/appeals")
    public Response appeal(@PathParam("id") String id, @PathParam("actionId") String actionId,
            @RestForm String statement, @HeaderParam("HX-Request") String htmx) {
        UUID action = parse(actionId);
        if (action == null) {
            return render(id, FRESH, Notice.refused("That action does not exist."), 404, htmx);
        }
        if (statement == null || statement.isBlank() || statement.length() > 5_000) {
            return render(id, FRESH, Notice.invalid("statement",
                    "write the recipient's statement (at most 5,000 characters)"), 400, htmx);
        }
        Answer<Appeal> filed = ServiceCalls.call(SERVICE, () -> client.fileAppeal(action,
                UUID.randomUUID().toString(), Map.of("statement", statement.strip())));
        if (!filed.ok()) {
            return render(id, FRESH, Notice.of(filed.failure()), status(filed.failure()), htmx);
        }
        return Response.seeOther(URI.create("/appeals/" + filed.value().id() + "?done=filed")).build();
    }

    @POST
    @Path("/strikes/{strikeId}/dismissal")
    public Response dismissStrike(@PathParam("id") String id, @PathParam("strikeId") String strikeId,
            @RestForm String reason, @RestForm String version, @HeaderParam("HX-Request") String htmx) {
        UUID strike = parse(strikeId);
        if (strike == null) {
            return render(id, FRESH, Notice.refused("That strike does not exist."), 404, htmx);
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            return render(id, FRESH, Notice.invalid("reason",
                    "say why the strike was wrongly issued (at most " + MAX_REASON + " characters)"), 400, htmx);
        }
        Answer<Object> dismissed = ServiceCalls.call(SERVICE, () -> client.dismissStrike(strike, etag(version),
                Map.of("reason", reason.strip())));
        if (!dismissed.ok()) {
            return render(id, FRESH, Notice.of(dismissed.failure()), status(dismissed.failure()),
                    htmx);
        }
        return finished(id, "dismissed", htmx);
    }

    static String etag(String version) {
        return version == null || !version.matches("[0-9]{1,18}") ? null : "\"" + version + "\"";
    }

    static int status(ServiceFailure failure) {
        return failure.isUnavailable() ? 503 : failure.status();
    }

    private Response finished(String id, String done, String htmx) {
        if (htmx != null) {
            return render(id, FRESH, doneNotice(done), 200, htmx);
        }
        return Response.seeOther(URI.create("/cases/" + id + "/enforcements?done=" + done)).build();
    }

    /** {@code form} null: a fresh form, started from the case's SOP walk. */
    private Response render(String id, RequestForm form, Notice notice, int status, String htmx) {
        Viewer viewer = Viewer.of(caller);
        UUID caseId = parse(id);
        Panel panel;
        if (caseId == null) {
            ServiceFailure missing = ServiceFailure.notFound(SERVICE, "no case has this address");
            panel = new Panel(null, viewer, Answer.failed(missing), Answer.failed(missing), Answer.failed(missing),
                    Answer.failed(missing), form == null ? RequestForm.empty() : form, notice, rules, null,
                    Answer.failed(missing));
            status = 404;
        } else {
            panel = load(caseId, viewer, form, notice);
            Answer<CaseRecord> theCase = panel.theCase();
            if (!theCase.ok() && status < 300) {
                status = theCase.failure().isNotFound() ? 404 : status(theCase.failure());
            }
        }
        if (htmx != null) {
            return Response.ok(Templates.fragment(panel)).build();
        }
        return Response.status(status).entity(Templates.page(viewer, panel)).build();
    }

    /** The panel's calls side by side; the reason catalogue waits for the case, as it depends on its domain. */
    private Panel load(UUID caseId, Viewer viewer, RequestForm form, Notice notice) {
        ParallelCalls.Pending<CaseRecord> theCase = parallel.start(SERVICE, () -> client.caseRecord(caseId));
        ParallelCalls.Pending<ItemPage<Action>> actions = parallel.start(SERVICE, () -> client.ofCase(caseId, 100));
        ParallelCalls.Pending<CaseStrikes> strikes = parallel.start(SERVICE, () -> client.strikes(caseId));
        ParallelCalls.Pending<List<AccountGroup>> groups = parallel.start(SERVICE,
                () -> investigation.accountGroups(caseId).items());
        ParallelCalls.Pending<Optional<SopWalk>> walk = form == null
                ? parallel.start(SERVICE, () -> guidance.walkOf(caseId)) : null;
        Answer<CaseRecord> kase = theCase.answer();
        Answer<ItemPage<ReasonCode>> reasons = kase.ok()
                ? ServiceCalls.call(SERVICE, () -> client.reasonCodes(kase.value().domain(), true, 500))
                : Answer.failed(kase.failure());
        Optional<SopWalk> started = walk == null ? Optional.empty() : walk.answer().orElse(Optional.empty());
        return new Panel(caseId, viewer, kase, actions.answer(), strikes.answer(), reasons,
                form == null ? RequestForm.from(started) : form, notice, rules, started.orElse(null),
                groups.answer());
    }

    private static Notice doneNotice(String done) {
        if (done == null) {
            return null;
        }
        String text = switch (done) {
            case "requested" -> "The action was requested and is in force.";
            case "pending" -> "The action was requested and waits for a lead's approval (four-eyes rule).";
            case "reversed" -> "The action was reversed and its strikes dismissed.";
            case "dismissed" -> "The strike was dismissed; it no longer counts.";
            default -> null;
        };
        return text == null ? null : Notice.done(text);
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
