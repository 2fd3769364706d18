package io.vigil.console.audit;

import io.vigil.console.outbound.ForwardedHeaders;
import io.vigil.console.outbound.ItemPage;
import io.vigil.console.outbound.ProblemResponses;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** audit-service's auditor API (its README), called as the signed-in auditor; null query values are left out. */
@Path("/api/audit")
@RegisterRestClient(configKey = "audit-service")
@RegisterClientHeaders(ForwardedHeaders.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
public interface AuditServiceClient {

    @GET
    @Path("/events")
    ItemPage<AuditEvent> search(@RestQuery String from, @RestQuery String to, @RestQuery String targetType,
            @RestQuery String targetId, @RestQuery String actor, @RestQuery String action,
            @RestQuery String outcome, @RestQuery Integer limit, @RestQuery String cursor);

    /** The event exactly as served: its envelope must be hashed as the service holds it, so it stays text. */
    @GET
    @Path("/events/{eventId}")
    String event(@RestPath UUID eventId);

    @GET
    @Path("/events/{eventId}/proof")
    InclusionProofBody proof(@RestPath UUID eventId, @RestQuery Long treeSize);

    @GET
    @Path("/checkpoints/latest")
    LatestCheckpoint latestCheckpoint();

    @GET
    @Path("/public-key")
    @Produces(MediaType.TEXT_PLAIN)
    String publicKey();

    @POST
    @Path("/exports")
    @Consumes(MediaType.APPLICATION_JSON)
    ExportJob startExport(Map<String, String> range);

    @GET
    @Path("/exports/{id}")
    ExportJob export(@RestPath UUID id);
}
