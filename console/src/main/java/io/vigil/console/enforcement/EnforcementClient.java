package io.vigil.console.enforcement;

import io.vigil.console.cases.CaseRecord;
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

/** case-service's enforcement, strike and reason-code API (case-service README), called as the signed-in user. */
@Path("/api")
@RegisterRestClient(configKey = "case-service")
@RegisterClientHeaders(ForwardedHeaders.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
public interface EnforcementClient {

    @GET
    @Path("/cases/{id}")
    CaseRecord caseRecord(@PathParam("id") UUID caseId);

    @GET
    @Path("/cases/{id}/enforcements")
    ItemPage<Action> ofCase(@PathParam("id") UUID caseId, @RestQuery Integer limit);

    @GET
    @Path("/cases/{id}/strikes")
    CaseStrikes strikes(@PathParam("id") UUID caseId);

    @GET
    @Path("/reason-codes")
    ItemPage<ReasonCode> reasonCodes(@RestQuery String domain, @RestQuery Boolean active, @RestQuery Integer limit);

    @POST
    @Path("/cases/{id}/enforcements")
    @Consumes(MediaType.APPLICATION_JSON)
    Action request(@PathParam("id") UUID caseId, @HeaderParam("Idempotency-Key") String idempotencyKey,
            Map<String, Object> body);

    @GET
    @Path("/enforcements")
    ItemPage<Action> list(@RestQuery String status, @RestQuery Integer limit, @RestQuery String cursor);

    @POST
    @Path("/enforcements/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    Action decide(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, String> body);

    @POST
    @Path("/enforcements/{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    Action reverse(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, String> body);

    @GET
    @Path("/enforcements/{id}/statement-of-reasons")
    String statementOfReasons(@PathParam("id") UUID id);

    @POST
    @Path("/strikes/{id}/dismissal")
    @Consumes(MediaType.APPLICATION_JSON)
    Object dismissStrike(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, String> body);

    @GET
    @Path("/enforcements/{id}")
    Action action(@PathParam("id") UUID id);

    @POST
    @Path("/enforcements/{id}/appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    Appeal fileAppeal(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey,
            Map<String, String> body);

    @GET
    @Path("/appeals")
    ItemPage<Appeal> appeals(@RestQuery String status, @RestQuery Integer limit, @RestQuery String cursor);

    @GET
    @Path("/appeals/{id}")
    Appeal appeal(@PathParam("id") UUID id);

    @POST
    @Path("/appeals/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    Appeal decideAppeal(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, String> body);
}
