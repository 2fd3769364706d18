package io.vigil.console.rca;

import io.vigil.console.outbound.ForwardedHeaders;
import io.vigil.console.outbound.ItemPage;
import io.vigil.console.outbound.ProblemResponses;
import jakarta.ws.rs.Consumes;
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

/** case-service's root-cause report and corrective-action API (case-service README), called as the signed-in user. */
@Path("/api/incidents/{id}")
@RegisterRestClient(configKey = "case-service")
@RegisterClientHeaders(ForwardedHeaders.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
public interface RcaClient {

    /** The latest version; 404 before the first save. */
    @GET
    @Path("/rca")
    RcaVersion latest(@PathParam("id") UUID id);

    @GET
    @Path("/rca/versions")
    ItemPage<RcaVersion> versions(@PathParam("id") UUID id, @RestQuery Integer limit, @RestQuery String cursor);

    @GET
    @Path("/rca/versions/{number}")
    RcaVersion version(@PathParam("id") UUID id, @PathParam("number") int number);

    /** Saves the next version; {@code If-Match} names the version edited ({@code "0"} before the first). */
    @POST
    @Path("/rca")
    @Consumes(MediaType.APPLICATION_JSON)
    RcaVersion save(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);

    @GET
    @Path("/corrective-actions")
    CorrectiveAction.Listing actions(@PathParam("id") UUID id);

    @POST
    @Path("/corrective-actions/{actionId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    CorrectiveAction move(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
            @HeaderParam("If-Match") String ifMatch, Map<String, String> body);
}
