package io.vigil.cases.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.cases.idempotency.IdempotencyService;
import io.vigil.kit.idempotency.StoredResponse;
import io.vigil.cases.shift.OnDuty;
import io.vigil.cases.shift.Shift;
import io.vigil.cases.shift.ShiftService;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The on-shift roster: leads and admins plan it; everyone with access reads it and asks who is on duty. */
@Path("/api/shifts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.AUDITOR, Roles.ADMIN})
public class ShiftResource {

    private final ShiftService shifts;
    private final IdempotencyService idempotency;
    private final ObjectMapper json;
    private final Caller caller;

    public ShiftResource(ShiftService shifts, IdempotencyService idempotency, ObjectMapper json, Caller caller) {
        this.shifts = shifts;
        this.idempotency = idempotency;
        this.json = json;
        this.caller = caller;
    }

    /** Who is on duty at one moment. */
    public record OnDutyBody(String region, UUID queueId, Instant at, List<ShiftBody> leads,
            List<ShiftBody> investigators) {

        static OnDutyBody from(OnDuty d) {
            return new OnDutyBody(d.region(), d.queueId().orElse(null), d.at(),
                    d.leads().stream().map(ShiftBody::from).toList(),
                    d.investigators().stream().map(ShiftBody::from).toList());
        }
    }

    /** 201 with the shift; a retry with the same Idempotency-Key answers the first result. */
    @POST
    @RolesAllowed({Roles.LEAD, Roles.ADMIN})
    public Response create(@NotNull @Valid ShiftRequest request, @HeaderParam("Idempotency-Key") String key,
            @Context UriInfo uri) throws JsonProcessingException {
        StoredResponse answer = idempotency.once("shift.create", Optional.ofNullable(key), Hashes.of(json, request),
                caller, () -> {
                    ShiftBody created = ShiftBody.from(shifts.create(request.toSpec(), caller));
                    return new StoredResponse(201, Hashes.write(json, created),
                            uri.getAbsolutePathBuilder().path(created.id().toString()).build().toString(), null);
                });
        return CaseResource.replay(answer);
    }

    /** The roster by start time; {@code from}/{@code to} select shifts overlapping that window. */
    @GET
    public Page<ShiftBody> list(@BeanParam ShiftQuery query, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return shifts.list(query.toFilter(), PageRequest.of(limit, cursor), caller).map(ShiftBody::from);
    }

    /** Who is on shift now (or {@code at}) for a region, or for one queue (its own shifts and region-wide ones). */
    @GET
    @Path("/on-duty")
    public OnDutyBody onDuty(@QueryParam("region") String region, @QueryParam("queueId") String queueId,
            @QueryParam("at") String at) {
        String wanted = ShiftQuery.present(region).orElseThrow(() -> new InvalidRequestException("region",
                "is required"));
        return OnDutyBody.from(shifts.onDuty(wanted.toUpperCase(), ShiftQuery.present(queueId).map(ShiftQuery::uuid),
                ShiftQuery.instant("at", at), caller));
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        return ok(shifts.get(id, caller));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.LEAD, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @NotNull @Valid ShiftRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(shifts.update(id, request.toSpec(), IfMatch.of(ifMatch), caller));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.LEAD, Roles.ADMIN})
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        shifts.delete(id, IfMatch.of(ifMatch), caller);
        return Response.noContent().build();
    }

    private static Response ok(Shift shift) {
        ShiftBody body = ShiftBody.from(shift);
        return Response.ok(body).tag(tag(body)).build();
    }

    private static EntityTag tag(ShiftBody body) {
        return new EntityTag(Long.toString(body.version()));
    }
}
