package io.vigil.cases.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.cases.CaseIntake;
import io.vigil.cases.CaseService;
import io.vigil.cases.idempotency.IdempotencyService;
import io.vigil.kit.idempotency.StoredResponse;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Case intake and reading, scoped to the caller's regions. */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class CaseResource {

    private final CaseIntake intake;
    private final CaseService cases;
    private final IdempotencyService idempotency;
    private final ObjectMapper json;
    private final Caller caller;

    public CaseResource(CaseIntake intake, CaseService cases, IdempotencyService idempotency, ObjectMapper json,
            Caller caller) {
        this.intake = intake;
        this.cases = cases;
        this.idempotency = idempotency;
        this.json = json;
        this.caller = caller;
    }

    /** 201 with the new case, or 200 with the open case the report was attached to. */
    @POST
    public Response open(@NotNull @Valid OpenCaseRequest request, @HeaderParam("Idempotency-Key") String key,
            @Context UriInfo uri) throws JsonProcessingException {
        StoredResponse answer = idempotency.once("case.open", Optional.ofNullable(key), Hashes.of(json, request),
                caller, () -> {
                    CaseIntake.Outcome outcome = intake.report(request.toReport(), caller);
                    CaseBody body = CaseBody.from(outcome.kase());
                    return new StoredResponse(outcome.opened() ? 201 : 200, Hashes.write(json, body),
                            uri.getAbsolutePathBuilder().path(body.id().toString()).build().toString(), null);
                });
        return replay(answer);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        CaseBody found = CaseBody.from(cases.get(id, caller));
        return Response.ok(found).tag(etag(found)).build();
    }

    @GET
    public Page<CaseBody> list(@BeanParam CaseQuery query, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return cases.list(query.toFilter(), PageRequest.of(limit, cursor), caller).map(CaseBody::from);
    }

    @GET
    @Path("/{id}/history")
    public HistoryBody history(@PathParam("id") UUID id) {
        return new HistoryBody(cases.history(id, caller).stream().map(HistoryBody.Entry::from).toList());
    }

    @GET
    @Path("/{id}/timeline")
    public Page<TimelineBody> timeline(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return cases.timeline(id, PageRequest.of(limit, cursor), caller).map(TimelineBody::from);
    }

    static Response replay(StoredResponse answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
                .entity(answer.body());
        if (answer.status() == 201 && answer.location() != null) {
            response.location(URI.create(answer.location()));
        }
        Hashes.version(answer.body()).ifPresent(version -> response.tag(new EntityTag(Long.toString(version))));
        return response.build();
    }

    static EntityTag etag(CaseBody body) {
        return new EntityTag(Long.toString(body.version()));
    }

    /** A case's status history, oldest first. */
    public record HistoryBody(List<Entry> items) {

        /** One status change with the time spent in the status it left. */
        public record Entry(io.vigil.cases.CaseStatus from, io.vigil.cases.CaseStatus to, String reason,
                String changedBy, java.time.Instant changedAt, long secondsInPrevious) {

            static Entry from(io.vigil.cases.StatusChange change) {
                return new Entry(change.from(), change.to(), change.reason(), change.changedBy(), change.changedAt(),
                        change.timeInPrevious().toSeconds());
            }
        }
    }
}
