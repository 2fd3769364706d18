package io.vigil.console.cases;

import io.vigil.console.outbound.ForwardedHeaders;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** case-service's case API (DESIGN.md section 3), called as the signed-in user; null filters are left out. */
@Path("/api/cases")
@RegisterRestClient(configKey = "case-service")
@RegisterClientHeaders(ForwardedHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
public interface CaseServiceClient {

    @GET
    CaseList list(@RestQuery String status, @RestQuery String region, @RestQuery Integer limit,
            @RestQuery String cursor);
}
