package io.vigil.cases.rest;

import io.vigil.cases.appeal.AppealDecisions;
import io.vigil.cases.appeal.AppealFilter;
import io.vigil.cases.appeal.AppealOutcome;
import io.vigil.cases.appeal.AppealQueries;
import io.vigil.cases.appeal.AppealStatus;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.problem.QueryValues;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** Appeals across actions: lists, one appeal, and the decision by someone who did not take the action. */
@Path("/api/appeals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class AppealResource {

    private final AppealQueries appeals;
    private final AppealDecisions decisions;
    private final Caller caller;

    public AppealResource(AppealQueries appeals, AppealDecisions decisions, Caller caller) {
        this.appeals = appeals;
        this.decisions = decisions;
        this.caller = caller;
    }

    /** The reviewer's outcome and why. */
    public record DecisionRequest(@NotNull AppealOutcome outcome, @NotBlank @Size(max = 2000) String reason) {
    }

    @GET
    public Page<AppealBody> list(@QueryParam("status") String status, @QueryParam("outcome") String outcome,
            @QueryParam("enforcementId") String enforcementId, @QueryParam("caseId") String caseId,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        AppealFilter filter = new AppealFilter(QueryValues.enumValue(AppealStatus.class, "status", status),
                QueryValues.enumValue(AppealOutcome.class, "outcome", outcome), uuid("enforcementId", enforcementId),
                uuid("caseId", caseId));
        return appeals.list(filter, PageRequest.of(limit, cursor), caller).map(AppealBody::from);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        return tagged(AppealBody.from(appeals.get(id, caller)));
    }

    /** Upheld keeps the action, overturned reverses it; both resolve the review case. */
    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD})
    public Response decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        var appeal = decisions.decide(id, request.outcome(), request.reason().trim(), IfMatch.of(ifMatch), caller);
        return tagged(AppealBody.from(appeals.reviewed(appeal)));
    }

    private static Response tagged(AppealBody body) {
        return Response.ok(body).tag(new EntityTag(Long.toString(body.version()))).build();
    }

    private static Optional<UUID> uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name, "must be an id");
        }
    }
}
