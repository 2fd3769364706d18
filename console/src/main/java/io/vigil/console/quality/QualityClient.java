package io.vigil.console.quality;

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

/** case-service's quality-review API (case-service README), called as the signed-in user. */
@Path("/api/quality")
@RegisterRestClient(configKey = "case-service")
@RegisterClientHeaders(ForwardedHeaders.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
public interface QualityClient {

    /** What a drawn sample says about itself. */
    @io.quarkus.runtime.annotations.RegisterForReflection
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Sampled(UUID id, int population, int picked, long seed) {
    }

    @GET
    @Path("/rubric")
    Rubric rubric();

    @GET
    @Path("/reviews")
    ItemPage<QaReview> reviews(@RestQuery String status, @RestQuery String investigator, @RestQuery Integer limit,
            @RestQuery String cursor);

    @GET
    @Path("/reviews/{id}")
    QaReview review(@PathParam("id") UUID id);

    @GET
    @Path("/my-reviews")
    ItemPage<QaReview> mine(@RestQuery Integer limit, @RestQuery String cursor);

    @POST
    @Path("/reviews/{id}/score")
    @Consumes(MediaType.APPLICATION_JSON)
    QaReview score(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);

    @POST
    @Path("/samples")
    @Consumes(MediaType.APPLICATION_JSON)
    Sampled sample(@HeaderParam("Idempotency-Key") String idempotencyKey, Map<String, Object> body);
}
