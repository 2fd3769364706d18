package io.vigil.console.lead;

import io.vigil.console.outbound.ForwardedHeaders;
import io.vigil.console.outbound.ItemPage;
import io.vigil.console.outbound.ProblemResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** case-service's service report and its breached cases, called as the signed-in lead. */
@Path("/api")
@RegisterRestClient(configKey = "case-service")
@RegisterClientHeaders(ForwardedHeaders.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
public interface CaseMetricsClient {

    @GET
    @Path("/metrics/cases")
    MetricsReport report(@RestQuery String from, @RestQuery String to, @RestQuery String groupBy);

    @GET
    @Path("/cases")
    ItemPage<BreachedCase> cases(@RestQuery String sla, @RestQuery Integer limit, @RestQuery String cursor);
}
