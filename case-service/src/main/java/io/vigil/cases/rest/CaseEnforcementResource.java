package io.vigil.cases.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.cases.enforcement.EnforcementQueries;
import io.vigil.cases.enforcement.EnforcementService;
import io.vigil.cases.idempotency.IdempotencyService;
import io.vigil.kit.idempotency.StoredResponse;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** Requesting enforcement actions on a case, and the case's actions. */
@Path("/api/cases/{id}/enforcements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class CaseEnforcementResource {

    private final EnforcementService enforcement;
    private final EnforcementQueries queries;
    private final IdempotencyService idempotency;
    private final ObjectMapper json;
    private final Caller caller;

    public CaseEnforcementResource(EnforcementService enforcement, EnforcementQueries queries,
            IdempotencyService idempotency, ObjectMapper json, Caller caller) {
        this.enforcement = enforcement;
        this.queries = queries;
        this.idempotency = idempotency;
        this.json = json;
        this.caller = caller;
    }

    /** What an Idempotency-Key is bound to: the case and the request. */
    record Keyed(UUID caseId, EnforcementRequestBody request) {
    }

    /** 201 with the action, PENDING_APPROVAL when the four-eyes rule applies, else ACTIVE. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD})
    public Response request(@PathParam("id") UUID id, @NotNull @Valid EnforcementRequestBody request,
            @HeaderParam("Idempotency-Key") String key) throws JsonProcessingException {
        StoredResponse answer = idempotency.once("enforcement.request", Optional.ofNullable(key),
                Hashes.of(json, new Keyed(id, request)), caller, () -> {
                    EnforcementBody body = EnforcementBody.from(enforcement.request(id, request.toOrder(), caller));
                    return new StoredResponse(201, Hashes.write(json, body), "/api/enforcements/" + body.id(), null);
                });
        return CaseResource.replay(answer);
    }

    @GET
    public Page<EnforcementBody> list(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return queries.ofCase(id, PageRequest.of(limit, cursor), caller).map(EnforcementBody::from);
    }
}
