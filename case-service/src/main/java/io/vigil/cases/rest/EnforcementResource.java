package io.vigil.cases.rest;

import io.vigil.cases.enforcement.Decision;
import io.vigil.cases.enforcement.EnforcementAction;
import io.vigil.cases.enforcement.EnforcementDecisions;
import io.vigil.cases.enforcement.EnforcementEvent;
import io.vigil.cases.enforcement.EnforcementEventKind;
import io.vigil.cases.enforcement.EnforcementFilter;
import io.vigil.cases.enforcement.EnforcementQueries;
import io.vigil.cases.enforcement.EnforcementStatus;
import io.vigil.cases.enforcement.EnforcementType;
import io.vigil.cases.enforcement.StatementOfReasons;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Enforcement actions across cases: lists, one action with its history and statement of reasons, and the
 * leads' commands (four-eyes approval or rejection, reversal). The service checks the lead role itself, so an
 * investigator's attempt is refused and audited like any other broken rule.
 */
@Path("/api/enforcements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class EnforcementResource {

    private final EnforcementQueries queries;
    private final EnforcementDecisions decisions;
    private final Caller caller;

    public EnforcementResource(EnforcementQueries queries, EnforcementDecisions decisions, Caller caller) {
        this.queries = queries;
        this.decisions = decisions;
        this.caller = caller;
    }

    /** A lead's answer to a pending action. */
    public record ApprovalRequest(@NotNull Decision decision, @NotBlank @Size(max = 2000) String reason) {
    }

    /** Why an action is reversed. */
    public record ReversalRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** One entry of an action's history. */
    public record EventBody(UUID id, EnforcementEventKind kind, EnforcementStatus from, EnforcementStatus to,
            String actor, Instant at, String reason) {

        static EventBody from(EnforcementEvent e) {
            return new EventBody(e.id(), e.kind(), e.from(), e.to(), e.actor(), e.at(), e.reason());
        }
    }

    /** An action's history, oldest first. */
    public record HistoryBody(List<EventBody> items) {
    }

    /** Newest first; {@code subject} is a subject ref, {@code status} and {@code type} as the API writes them. */
    @GET
    public Page<EnforcementBody> list(@QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("subject") String subject, @QueryParam("caseId") String caseId,
            @QueryParam("reasonCode") String reasonCode, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        EnforcementFilter filter = new EnforcementFilter(
                QueryValues.enumValue(EnforcementStatus.class, "status", status),
                QueryValues.enumValue(EnforcementType.class, "type", type), present(subject),
                present(caseId).map(EnforcementResource::uuid), present(reasonCode));
        return queries.list(filter, PageRequest.of(limit, cursor), caller).map(EnforcementBody::from);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        return tagged(queries.get(id, caller));
    }

    @GET
    @Path("/{id}/history")
    public HistoryBody history(@PathParam("id") UUID id) {
        return new HistoryBody(queries.history(id, caller).stream().map(EventBody::from).toList());
    }

    /** The DSA art. 17 statement of reasons as JSON, named for download. */
    @GET
    @Path("/{id}/statement-of-reasons")
    public Response statementOfReasons(@PathParam("id") UUID id) {
        StatementOfReasons statement = queries.statementOfReasons(id, caller);
        return Response.ok(statement).header("Content-Disposition",
                "attachment; filename=\"statement-of-reasons-" + id + ".json\"").build();
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD})
    public Response approval(@PathParam("id") UUID id, @NotNull @Valid ApprovalRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return tagged(decisions.decide(id, request.decision(), request.reason().trim(), IfMatch.of(ifMatch), caller));
    }

    @POST
    @Path("/{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD})
    public Response reversal(@PathParam("id") UUID id, @NotNull @Valid ReversalRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return tagged(decisions.reverse(id, request.reason().trim(), IfMatch.of(ifMatch), caller));
    }

    static Response tagged(EnforcementAction action) {
        return Response.ok(EnforcementBody.from(action)).tag(new EntityTag(Long.toString(action.version()))).build();
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("caseId", "must be a case id");
        }
    }
}
