package io.vigil.console.quality;

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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Quality review. Leads see the QA queue, draw samples of resolved cases into it and score each sampled case against
 * the rubric; auditors and admins read the queue; investigators (and leads, for the cases they worked) read the
 * scores and feedback their own cases received.
 */
@Path("/quality")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class QualityPage {

    static final String SERVICE = "case-service";
    static final int PAGE = 50;

    /** The page: {@code queue} is absent for investigators, {@code mine} for auditors and admins. */
    public record View(String status, String investigator, String cursor, Answer<Rubric> rubric,
            Answer<ItemPage<QaReview>> queue, Answer<ItemPage<QaReview>> mine, SampleForm sample, Notice notice) {
    }

    /** One review with its scoring form. */
    public record ReviewView(Answer<QaReview> review, Answer<Rubric> rubric, ScoreForm form, Notice notice) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quality(Viewer viewer, View page);

        static native TemplateInstance review(Viewer viewer, ReviewView page);
    }

    private final QualityClient quality;
    private final Caller caller;
    private final Clock clock;

    public QualityPage(@RestClient QualityClient quality, Caller caller, Clock clock) {
        this.quality = quality;
        this.caller = caller;
        this.clock = clock;
    }

    static boolean readsQueue(Viewer viewer) {
        return viewer.has("lead") || viewer.has("auditor") || viewer.has("admin");
    }

    static boolean hasOwnReviews(Viewer viewer) {
        return viewer.has("investigator") || viewer.has("lead");
    }

    @GET
    public Response show(@RestQuery String status, @RestQuery String investigator, @RestQuery String cursor,
            @RestQuery String done, @RestQuery Integer picked, @RestQuery Integer population) {
        Notice notice = !"sampled".equals(done) ? null : Notice.done(picked == null ? "The sample was drawn."
                : "The sample drew " + picked + " of " + (population == null ? "?" : population)
                        + " resolved cases into the queue.");
        return render(status, investigator, cursor, today(), notice, 200, null);
    }

    @POST
    @Path("/samples")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sample(MultivaluedMap<String, String> form) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.has("lead")) {
            return NotForYourRoles.page(viewer, "Drawing QA samples", "lead");
        }
        SampleForm typed = new SampleForm(form.getFirst("from"), form.getFirst("to"), form.getFirst("strategy"),
                form.getFirst("size"), form.getFirst("percent"), form.getFirst("region"),
                form.getFirst("investigator"));
        var problems = typed.problems(viewer.regions());
        if (!problems.isEmpty()) {
            return render(null, null, null, today(), new Notice("No sample was drawn; please correct:", true,
                    problems), 400, typed);
        }
        Answer<QualityClient.Sampled> drawn = ServiceCalls.call(SERVICE,
                () -> quality.sample(UUID.randomUUID().toString(), typed.body()));
        if (!drawn.ok()) {
            return render(null, null, null, today(), Notice.of(drawn.failure()), statusOf(drawn.failure()), typed);
        }
        return Response.seeOther(URI.create("/quality?done=sampled&picked=" + drawn.value().picked()
                + "&population=" + drawn.value().population())).build();
    }

    @GET
    @Path("/reviews/{id}")
    public Response review(@PathParam("id") String id, @RestQuery String done) {
        Notice notice = "scored".equals(done) ? Notice.done("The review is recorded.") : null;
        return reviewPage(id, ScoreForm.empty(), notice, 200);
    }

    @POST
    @Path("/reviews/{id}/score")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response score(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.has("lead")) {
            return NotForYourRoles.page(viewer, "Scoring QA reviews", "lead");
        }
        Map<String, String> scores = new HashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("score.") && !values.isEmpty()) {
                scores.put(name.substring("score.".length()), values.get(0));
            }
        });
        ScoreForm typed = new ScoreForm(scores, form.getFirst("agreement"), form.getFirst("comment"));
        UUID reviewId = parse(id);
        Answer<Rubric> rubric = ServiceCalls.call(SERVICE, quality::rubric);
        if (reviewId == null || !rubric.ok()) {
            return reviewPage(id, typed, rubric.ok() ? null : Notice.of(rubric.failure()),
                    reviewId == null ? 404 : statusOf(rubric.failure()));
        }
        var problems = typed.problems(rubric.value());
        if (!problems.isEmpty()) {
            return reviewPage(id, typed, new Notice("The review was not recorded; please correct:", true, problems),
                    400);
        }
        String version = form.getFirst("version");
        String ifMatch = version != null && version.matches("[0-9]{1,18}") ? "\"" + version + "\"" : null;
        Answer<QaReview> scored = ServiceCalls.call(SERVICE,
                () -> quality.score(reviewId, ifMatch, typed.body(rubric.value())));
        if (!scored.ok()) {
            return reviewPage(id, typed, refusal(scored.failure()), statusOf(scored.failure()));
        }
        return Response.seeOther(URI.create("/quality/reviews/" + reviewId + "?done=scored")).build();
    }

    private Response render(String status, String investigator, String cursor, LocalDate today, Notice notice,
            int code, SampleForm typed) {
        Viewer viewer = Viewer.of(caller);
        if (!readsQueue(viewer) && !hasOwnReviews(viewer)) {
            return NotForYourRoles.page(viewer, "Quality review", "investigator, lead, auditor or admin");
        }
        String wanted = "DONE".equals(status) ? "DONE" : "PENDING";
        String who = investigator == null || investigator.isBlank() ? null : investigator.strip();
        Answer<Rubric> rubric = readsQueue(viewer) ? ServiceCalls.call(SERVICE, quality::rubric)
                : Answer.of(new Rubric(List.of(), 0));
        Answer<ItemPage<QaReview>> queue = readsQueue(viewer)
                ? ServiceCalls.call(SERVICE, () -> quality.reviews(wanted, who, PAGE, blankToNull(cursor)))
                : Answer.of(new ItemPage<>(List.of(), null));
        Answer<ItemPage<QaReview>> mine = hasOwnReviews(viewer)
                ? ServiceCalls.call(SERVICE, () -> quality.mine(PAGE, null))
                : Answer.of(new ItemPage<>(List.of(), null));
        View view = new View(wanted, who == null ? "" : who, cursor == null ? "" : cursor, rubric, queue, mine,
                typed == null ? SampleForm.lastWeek(today) : typed, notice);
        return Response.status(code).entity(Templates.quality(viewer, view)).build();
    }

    private Response reviewPage(String id, ScoreForm form, Notice notice, int code) {
        Viewer viewer = Viewer.of(caller);
        if (!readsQueue(viewer)) {
            return NotForYourRoles.page(viewer, "The QA queue", "lead, auditor or admin");
        }
        UUID reviewId = parse(id);
        Answer<QaReview> review = reviewId == null
                ? Answer.failed(ServiceFailure.notFound(SERVICE, "no review has this address"))
                : ServiceCalls.call(SERVICE, () -> quality.review(reviewId));
        if (!review.ok() && code < 300) {
            code = statusOf(review.failure());
        }
        Answer<Rubric> rubric = ServiceCalls.call(SERVICE, quality::rubric);
        return Response.status(code).entity(Templates.review(viewer, new ReviewView(review, rubric, form, notice)))
                .build();
    }

    /** case-service's refusal, with the one a lead meets most often said in the words of the rule. */
    private static Notice refusal(ServiceFailure failure) {
        if ("own-case-review".equals(failure.slug())) {
            return Notice.refused("Four-eyes rule: you worked this case, so another lead reviews it.");
        }
        if ("already-reviewed".equals(failure.slug())) {
            return Notice.refused("Another lead reviewed this case meanwhile; their review is shown below.");
        }
        return Notice.of(failure);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static int statusOf(ServiceFailure failure) {
        return failure.isUnavailable() ? 503 : failure.status();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
