package io.vigil.console.incident;

import io.vigil.console.outbound.ForwardedHeaders;
import io.vigil.console.outbound.ItemPage;
import io.vigil.console.outbound.ProblemResponses;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** case-service's incident API (case-service README), called as the signed-in user. */
@Path("/api/incidents")
@RegisterRestClient(configKey = "case-service")
@RegisterClientHeaders(ForwardedHeaders.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
public interface IncidentClient {

    @GET
    ItemPage<Incident> list(@RestQuery String status, @RestQuery String severity, @RestQuery String kind,
            @RestQuery String region, @RestQuery Integer limit, @RestQuery String cursor);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Incident declare(@HeaderParam("Idempotency-Key") String idempotencyKey, Map<String, Object> body);

    @GET
    @Path("/{id}")
    Incident get(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    Incident transition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, String> body);

    @POST
    @Path("/{id}/commander")
    @Consumes(MediaType.APPLICATION_JSON)
    Incident handOver(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, String> body);

    @POST
    @Path("/{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    TimelineItem update(@PathParam("id") UUID id, Map<String, String> body);

    @GET
    @Path("/{id}/cases")
    ItemPage<LinkedCase> cases(@PathParam("id") UUID id, @RestQuery Integer limit);

    @POST
    @Path("/{id}/cases")
    @Consumes(MediaType.APPLICATION_JSON)
    LinkedCase link(@PathParam("id") UUID id, Map<String, String> body);

    @DELETE
    @Path("/{id}/cases/{caseId}")
    void unlink(@PathParam("id") UUID id, @PathParam("caseId") UUID caseId);

    @GET
    @Path("/{id}/timeline")
    ItemPage<TimelineItem> timeline(@PathParam("id") UUID id, @RestQuery Integer limit);

    @GET
    @Path("/{id}/notifications")
    ItemPage<Notification> notifications(@PathParam("id") UUID id, @RestQuery Integer limit);
}
