package io.vigil.sop.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vigil.kit.security.Roles;
import io.vigil.sop.evaluation.CompiledVersion;
import io.vigil.sop.evaluation.EvaluationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/**
 * Evaluation for investigators and the ticketbot: facts and answers in, an outcome or the next question out. It
 * answers on the I/O thread when the version is in memory and moves to a worker thread only to read the database.
 */
@Path("/api/sops/{key}/evaluate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOP_AUTHOR, Roles.SOP_APPROVER, Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN, Roles.AUDITOR,
        Roles.SOP_READER})
public class EvaluationResource {

    private final EvaluationService evaluations;

    public EvaluationResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /** Answered at once from memory; only a miss subscribes on a worker thread to read the database. */
    @POST
    public Uni<EvaluationBody> evaluate(@PathParam("key") String key, @NotNull @Valid EvaluateRequest request) {
        Optional<Integer> pinned = Optional.ofNullable(request.version());
        Optional<CompiledVersion> cached = evaluations.cached(key, pinned);
        if (cached.isPresent()) {
            return Uni.createFrom().item(body(cached.get(), request));
        }
        return Uni.createFrom().item(() -> evaluations.load(key, pinned))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).map(version -> body(version, request));
    }

    private EvaluationBody body(CompiledVersion version, EvaluateRequest request) {
        return EvaluationBody.from(evaluations.evaluate(version, request.facts(), request.answers()));
    }
}
