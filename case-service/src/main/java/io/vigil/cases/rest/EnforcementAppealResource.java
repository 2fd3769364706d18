package io.vigil.cases.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.cases.appeal.AppealFilter;
import io.vigil.cases.appeal.AppealFiling;
import io.vigil.cases.appeal.AppealQueries;
import io.vigil.cases.enforcement.EnforcementQueries;
import io.vigil.cases.idempotency.IdempotencyService;
import io.vigil.kit.idempotency.StoredResponse;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** Appeals against one action: filing one (which opens its review case) and listing them. */
@Path("/api/enforcements/{id}/appeals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class EnforcementAppealResource {

    private final AppealFiling filing;
    private final AppealQueries appeals;
    private final EnforcementQueries enforcements;
    private final IdempotencyService idempotency;
    private final ObjectMapper json;
    private final Caller caller;

    public EnforcementAppealResource(AppealFiling filing, AppealQueries appeals, EnforcementQueries enforcements,
            IdempotencyService idempotency, ObjectMapper json, Caller caller) {
        this.filing = filing;
        this.appeals = appeals;
        this.enforcements = enforcements;
        this.idempotency = idempotency;
        this.json = json;
        this.caller = caller;
    }

    /** The recipient's statement, as taken down by the investigator or lead filing it for them. */
    public record AppealRequest(@NotBlank @Size(max = 20000) String statement) {
    }

    /** What an Idempotency-Key is bound to: the action and the statement. */
    record Keyed(UUID enforcementId, AppealRequest request) {
    }

    /** 201 with the appeal and its review case (source {@code appeal}, in the appeals queue). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD})
    public Response file(@PathParam("id") UUID id, @NotNull @Valid AppealRequest request,
            @HeaderParam("Idempotency-Key") String key) throws JsonProcessingException {
        StoredResponse answer = idempotency.once("appeal.file", Optional.ofNullable(key),
                Hashes.of(json, new Keyed(id, request)), caller, () -> {
                    AppealBody body = AppealBody.from(appeals.reviewed(filing.file(id, request.statement().trim(),
                            caller)));
                    return new StoredResponse(201, Hashes.write(json, body), "/api/appeals/" + body.id(), null);
                });
        return CaseResource.replay(answer);
    }

    @GET
    public Page<AppealBody> list(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        enforcements.get(id, caller);
        AppealFilter filter = new AppealFilter(Optional.empty(), Optional.empty(), Optional.of(id), Optional.empty());
        return appeals.list(filter, PageRequest.of(limit, cursor), caller).map(AppealBody::from);
    }
}
