package io.vigil.cases.rest;

import io.vigil.cases.Priority;
import io.vigil.cases.queue.RoutingRule;
import io.vigil.cases.queue.RoutingService;
import io.vigil.cases.queue.RoutingService.RuleSpec;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** Routing rules that place new cases in queues; leads and admins manage them. */
@Path("/api/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LEAD, Roles.ADMIN})
public class RoutingRuleResource {

    private final RoutingService routing;
    private final Caller caller;

    public RoutingRuleResource(RoutingService routing, Caller caller) {
        this.routing = routing;
        this.caller = caller;
    }

    /** A rule's criteria (unset ones match anything) and its queue. */
    public record RuleRequest(@Min(0) @Max(100000) int rank, String domain, String category, String region,
            Priority minPriority, @NotNull UUID queueId) {
    }

    /** A rule as the API shows it. */
    public record RuleBody(UUID id, int rank, String domain, String category, String region, Priority minPriority,
            UUID queueId, long version) {

        static RuleBody from(RoutingRule r) {
            return new RuleBody(r.id(), r.rank(), r.domain(), r.category(), r.region(), r.minPriority(), r.queueId(),
                    r.version());
        }
    }

    /** All rules in the order they are tried. */
    public record RuleList(List<RuleBody> items) {
    }

    @GET
    public RuleList list() {
        return new RuleList(routing.list().stream().map(RuleBody::from).toList());
    }

    @POST
    public Response add(@NotNull @Valid RuleRequest r) {
        RuleBody added = RuleBody.from(routing.add(new RuleSpec(r.rank(), r.domain(), r.category(), r.region(),
                r.minPriority(), r.queueId()), caller));
        return Response.status(201).entity(added).build();
    }

    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") UUID id) {
        routing.remove(id, caller);
        return Response.noContent().build();
    }
}
