package io.vigil.cases.guidance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * sop-service's guidance, evaluation and decision-record API, called with case-service's own client-credentials
 * token (the OIDC client filter; the service account holds {@code sop-reader}). OpenTelemetry's REST-client
 * instrumentation adds {@code traceparent}. Callers go through {@link SopReads} and {@link SopDecisions}, which
 * put timeouts, retries and a circuit breaker around every call.
 */
@Path("/api/sops")
@RegisterRestClient(configKey = "sop-service")
@OidcClientFilter
@Produces(MediaType.APPLICATION_JSON)
public interface SopServiceClient {

    @GET
    @Path("/in-effect")
    SopGuidance inEffect(@RestQuery String domain, @RestQuery String category);

    @GET
    @Path("/{key}/versions/{version}/guidance")
    SopGuidance version(@RestPath String key, @RestPath int version);

    @POST
    @Path("/{key}/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    SopEvaluation evaluate(@RestPath String key, Evaluate request);

    @POST
    @Path("/{key}/versions/{version}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    void recordDecision(@RestPath String key, @RestPath int version, DecisionReport report);

    /** Facts and answers for one evaluation of a pinned version. */
    record Evaluate(Map<String, Object> facts, Map<String, String> answers, Integer version) {
    }

    /** A decision record: the tree's outcome, the investigator's final one, per ticket (here: per case). */
    record DecisionReport(String ticketId, String botOutcome, String humanOutcome) {
    }

    /** 4xx answers become {@link SopRefusal} with the problem's type and fields; 5xx an outage. */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        int status = response.getStatus();
        if (status >= 500 || status == 401 || status == 403) {
            return new SopServiceFailure("sop-service answered HTTP " + status);
        }
        JsonNode problem = readProblem(response);
        List<SopRefusal.FieldProblem> errors = new ArrayList<>();
        problem.path("errors").forEach(e -> errors.add(new SopRefusal.FieldProblem(e.path("field").asText(),
                e.path("message").asText())));
        return new SopRefusal(status, problem.path("type").asText(""), problem.path("detail").asText(""), errors);
    }

    private static JsonNode readProblem(Response response) {
        try {
            return response.readEntity(JsonNode.class);
        } catch (RuntimeException unreadable) {
            return MissingNode.getInstance();
        }
    }
}
