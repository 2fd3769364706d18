package io.vigil.console.cases;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.console.outbound.ServiceCall;
import io.vigil.console.outbound.ServiceFailedException;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** My queue: the queues the user can claim from, claim-next, and the user's own open cases. */
@Path("/queue")
@Authenticated
public class QueuePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Viewer viewer, boolean noCaseWork, List<Queue> queues,
                MyWork.Counts counts, String queuesProblem, List<CaseSummary> mine, String mineProblem, String notice,
                boolean noticeIsError);

        static native TemplateInstance waiting(MyWork.Waiting waiting);
    }

    private final MyWork work;
    private final CaseServiceClient cases;
    private final Caller caller;

    public QueuePage(MyWork work, @RestClient CaseServiceClient cases, Caller caller) {
        this.work = work;
        this.cases = cases;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@RestQuery String empty) {
        UUID emptyQueue = parse(empty);
        return page(200, emptyQueue == null ? null : new Notice(emptyQueue, null));
    }

    /** How many cases wait in one queue: the page's count cell refreshes itself from here every minute (htmx). */
    @GET
    @Path("/{queueId}/waiting")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance waiting(@PathParam("queueId") UUID queueId) {
        try {
            return Templates.waiting(work.waiting(queueId));
        } catch (ServiceFailedException e) {
            return Templates.waiting(MyWork.Waiting.unknown());
        }
    }

    /** Claim-next: lands on the claimed case, or back here saying the queue had nothing to claim. */
    @POST
    @Path("/{queueId}/claim")
    @Produces(MediaType.TEXT_HTML)
    public Response claim(@PathParam("queueId") UUID queueId) {
        try (Response answer = ServiceCall.of(CaseDirectory.SERVICE, () -> cases.claim(queueId))) {
            if (answer.getStatus() == 204) {
                return Response.seeOther(URI.create("/queue?empty=" + queueId)).build();
            }
            CaseRecord claimed = answer.readEntity(CaseRecord.class);
            return CaseActions.done(claimed.id(), Feedback.Done.CLAIMED);
        } catch (ServiceFailedException failed) {
            return page(Refusal.of(failed.failure()).status(), new Notice(queueId, failed.failure()));
        }
    }

    private Response page(int status, Notice notice) {
        Viewer viewer = Viewer.of(caller);
        List<Queue> queues = List.of();
        String queuesProblem = null;
        boolean noCaseWork = false;
        List<CaseSummary> mine = List.of();
        String mineProblem = null;
        try {
            queues = work.queues(viewer.isLead());
        } catch (ServiceFailedException e) {
            noCaseWork = e.failure().isNotPermitted();
            queuesProblem = e.failure().message();
        }
        try {
            mine = work.openCasesOf(caller.username());
        } catch (ServiceFailedException e) {
            mineProblem = e.failure().isNotPermitted() ? null : e.failure().message();
        }
        MyWork.Counts counts = queues.isEmpty() ? new MyWork.Counts(java.util.Map.of()) : work.waitingCounts();
        String text = notice == null ? null : notice.text(queues);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.queue(viewer, noCaseWork, queues,
                counts, queuesProblem, mine, mineProblem, text, notice != null && notice.problem() != null).render())
                .build();
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** What the page says after a claim: nothing to claim in a queue, or why the claim failed. */
    private record Notice(UUID queueId, ServiceFailure problem) {

        String text(List<Queue> queues) {
            String name = queues.stream().filter(q -> q.id().equals(queueId)).map(Queue::name).findFirst()
                    .orElse("that queue");
            if (problem == null) {
                return "Nothing to claim in " + name + ": every open case there is already assigned.";
            }
            if (problem.isNotFound()) {
                return "That queue no longer exists or is outside your regions.";
            }
            return "Could not claim from " + name + ": " + problem.message();
        }
    }
}
