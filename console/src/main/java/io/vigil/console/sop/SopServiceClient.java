package io.vigil.console.sop;

import io.vigil.console.outbound.ForwardedHeaders;
import io.vigil.console.outbound.ItemPage;
import io.vigil.console.outbound.ProblemResponses;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** sop-service's API (its README), called as the signed-in user; null query values are left out. */
@Path("/api")
@RegisterRestClient(configKey = "sop-service")
@RegisterClientHeaders(ForwardedHeaders.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
public interface SopServiceClient {

    @GET
    @Path("/sops")
    ItemPage<SopSummary> library(@RestQuery Integer limit, @RestQuery String cursor, @RestQuery String legalBasis,
            @RestQuery String dataCategory);

    @GET
    @Path("/sops/{key}")
    SopSummary sop(@RestPath String key);

    @GET
    @Path("/sops/review-due")
    List<ReviewDue> reviewDue();

    @GET
    @Path("/sops/{key}/versions")
    ItemPage<SopVersion> versions(@RestPath String key, @RestQuery Integer limit, @RestQuery String cursor);

    @GET
    @Path("/sops/{key}/versions/{n}")
    SopVersion version(@RestPath String key, @RestPath int n);

    @GET
    @Path("/sops/{key}/versions/{n}/outline")
    @Produces(MediaType.TEXT_PLAIN)
    String outline(@RestPath String key, @RestPath int n);

    @GET
    @Path("/sops/{key}/versions/{n}/diagram")
    @Produces(MediaType.TEXT_PLAIN)
    String diagram(@RestPath String key, @RestPath int n);

    @GET
    @Path("/sops/{key}/versions/{from}/diff/{to}")
    VersionDiff diff(@RestPath String key, @RestPath int from, @RestPath int to);

    @GET
    @Path("/sops/{key}/versions/{n}/stats")
    VersionStats stats(@RestPath String key, @RestPath int n);

    @GET
    @Path("/sops/{key}/comparison")
    AbReport comparison(@RestPath String key, @RestQuery int a, @RestQuery int b);

    @GET
    @Path("/sops/{key}/versions/{n}/adoption")
    AdoptionReport adoption(@RestPath String key, @RestPath int n);

    @POST
    @Path("/sops/{key}/versions/{n}/acknowledgements")
    RestResponse<Acknowledgement> acknowledge(@RestPath String key, @RestPath int n);

    /** Lifecycle moves: {@code submit}, {@code approve}, {@code reject}, {@code publish}. */
    @POST
    @Path("/sops/{key}/versions/{n}/{move}")
    @Consumes(MediaType.APPLICATION_JSON)
    SopVersion move(@RestPath String key, @RestPath int n, @RestPath String move,
            @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);
}
