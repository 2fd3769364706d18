package io.vigil.sop.rest;

import io.vigil.kit.security.Roles;
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

/** Evaluation for investigators and the ticketbot: facts and answers in, an outcome or the next question out. */
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

    @POST
    public EvaluationBody evaluate(@PathParam("key") String key, @NotNull @Valid EvaluateRequest request) {
        return EvaluationBody.from(evaluations.evaluate(key, request.facts(), request.answers(),
                Optional.ofNullable(request.version())));
    }
}
