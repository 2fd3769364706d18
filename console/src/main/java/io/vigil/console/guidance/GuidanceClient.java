package io.vigil.console.guidance;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.vigil.console.outbound.ForwardedHeaders;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;

/** case-service's guidance API for one case, called as the signed-in user (their token, roles and regions). */
@Path("/api/cases/{id}/guidance")
@RegisterRestClient(configKey = "case-service")
@RegisterClientHeaders(ForwardedHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
public interface GuidanceClient {

    @GET
    CaseGuidance guidance(@RestPath UUID id);

    @POST
    @Path("/walk")
    @Consumes(MediaType.APPLICATION_JSON)
    CaseGuidance step(@RestPath UUID id, Map<String, Object> step);

    @DELETE
    @Path("/walk")
    void restart(@RestPath UUID id);

    @POST
    @Path("/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    void decide(@RestPath UUID id, Map<String, String> outcome);

    /** Keeps the status and the problem's {@code detail}, which the panel shows the investigator. */
    @ClientExceptionMapper
    static GuidanceRefused refused(Response response) {
        String detail = "";
        try {
            detail = response.readEntity(JsonNode.class).path("detail").asText("");
        } catch (RuntimeException notAProblem) {
            // an answer without a problem body still has its status
        }
        return new GuidanceRefused(response.getStatus(), detail);
    }
}
