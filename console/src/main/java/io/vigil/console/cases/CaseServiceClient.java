package io.vigil.console.cases;

import io.vigil.console.outbound.ForwardedHeaders;
import io.vigil.console.outbound.ProblemResponses;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * case-service's case and queue API (DESIGN.md section 3, case-service README), called as the signed-in user;
 * null query parameters are left out.
 */
@Path("/api")
@RegisterRestClient(configKey = "case-service")
@RegisterClientHeaders(ForwardedHeaders.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
public interface CaseServiceClient {

    @GET
    @Path("/cases")
    CaseList list(@RestQuery String status, @RestQuery String queueId, @RestQuery String assignee,
            @RestQuery String region, @RestQuery String subject, @RestQuery String priority, @RestQuery String q,
            @RestQuery Integer limit, @RestQuery String cursor);

    @GET
    @Path("/cases/{id}")
    CaseRecord get(@PathParam("id") UUID id);

    @GET
    @Path("/cases/{id}/timeline")
    TimelineEntry.Page timeline(@PathParam("id") UUID id, @RestQuery Integer limit, @RestQuery String cursor);

    @POST
    @Path("/cases/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    CaseRecord transition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Transition body);

    @POST
    @Path("/cases/{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    CaseRecord assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Assignment body);

    @GET
    @Path("/queues")
    Queue.Listing queues();

    /** How many unassigned open cases wait in each queue of the user's regions. */
    @GET
    @Path("/queues/waiting")
    Queue.WaitingList waiting();

    @GET
    @Path("/queues/{id}/waiting")
    Queue.WaitingCount waiting(@PathParam("id") UUID queueId);

    /** 200 with the claimed case, or 204 when the queue has nothing left to claim. */
    @POST
    @Path("/queues/{id}/claim")
    Response claim(@PathParam("id") UUID queueId);

    /** The body of a status change. */
    record Transition(String to, String reason) {
    }

    /** The body of an assignment; a null assignee hands the case back. */
    record Assignment(String assignee) {
    }
}
