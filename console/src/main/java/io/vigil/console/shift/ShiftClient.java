package io.vigil.console.shift;

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

/** case-service's on-shift roster (case-service README), called as the signed-in user; null parameters are left out. */
@Path("/api/shifts")
@RegisterRestClient(configKey = "case-service")
@RegisterClientHeaders(ForwardedHeaders.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
public interface ShiftClient {

    @GET
    ItemPage<Shift> roster(@RestQuery String region, @RestQuery String person, @RestQuery String from,
            @RestQuery String to, @RestQuery Integer limit, @RestQuery String cursor);

    @GET
    @Path("/on-duty")
    Shift.OnDuty onDuty(@RestQuery String region);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Shift plan(@HeaderParam("Idempotency-Key") String idempotencyKey, Map<String, Object> body);

    /** Handover notes, newest first. */
    @GET
    @Path("/handovers")
    ItemPage<HandoverNote> handovers(@RestQuery String region, @RestQuery Integer limit);

    @POST
    @Path("/handovers")
    @Consumes(MediaType.APPLICATION_JSON)
    HandoverNote handOver(Map<String, Object> body);

    @DELETE
    @Path("/{id}")
    void remove(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);
}
