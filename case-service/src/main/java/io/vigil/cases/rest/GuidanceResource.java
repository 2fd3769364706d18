package io.vigil.cases.rest;

import io.vigil.cases.guidance.GuidanceDecisions;
import io.vigil.cases.guidance.GuidanceReader;
import io.vigil.cases.guidance.GuidanceTasks;
import io.vigil.cases.guidance.GuidanceWalker;
import io.vigil.cases.guidance.WalkStep;
import io.vigil.cases.rest.TaskResource.TaskBody;
import io.vigil.cases.rest.TaskResource.TaskList;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;

/**
 * Guidance on a case (DESIGN.md section 4): the SOP that applies and its decision tree, the investigator's walk
 * through it, their final outcome, and tasks from the SOP's steps.
 */
@Path("/api/cases/{id}/guidance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class GuidanceResource {

    private final GuidanceReader reader;
    private final GuidanceWalker walker;
    private final GuidanceDecisions decisions;
    private final GuidanceTasks tasks;
    private final Caller caller;

    public GuidanceResource(GuidanceReader reader, GuidanceWalker walker, GuidanceDecisions decisions,
            GuidanceTasks tasks, Caller caller) {
        this.reader = reader;
        this.walker = walker;
        this.decisions = decisions;
        this.tasks = tasks;
        this.caller = caller;
    }

    /** One step: {@code input} and {@code value} answer the question the walk waits on; {@code facts} add facts. */
    public record StepRequest(@Pattern(regexp = "[A-Za-z0-9_.-]{1,100}") String input,
            @Size(min = 1, max = 200) String value, @Size(max = 50) Map<String, Object> facts) {

        @AssertTrue(message = "input and value go together")
        public boolean isAnswerComplete() {
            return (input == null) == (value == null);
        }

        WalkStep toStep() {
            return new WalkStep(input, value, facts);
        }
    }

    /** The investigator's final outcome, for example the tree's {@code DELIST_AND_STRIKE} or one of their own. */
    public record OutcomeRequest(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,99}",
            message = "must be an outcome code such as DELIST_AND_STRIKE") String outcome) {
    }

    /** The walk and the decision record an outcome produced. */
    public record DecidedBody(GuidanceBody.WalkBody walk, GuidanceBody.DecisionBody decision) {
    }

    @GET
    public GuidanceBody show(@PathParam("id") UUID id) {
        return GuidanceBody.from(reader.show(id, caller));
    }

    @POST
    @Path("/walk")
    @Consumes(MediaType.APPLICATION_JSON)
    public GuidanceBody step(@PathParam("id") UUID id, @NotNull @Valid StepRequest request) {
        return GuidanceBody.from(walker.step(id, request.toStep(), caller));
    }

    @DELETE
    @Path("/walk")
    public Response restart(@PathParam("id") UUID id) {
        decisions.restart(id, caller);
        return Response.noContent().build();
    }

    @POST
    @Path("/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public DecidedBody decide(@PathParam("id") UUID id, @NotNull @Valid OutcomeRequest request) {
        GuidanceDecisions.Decided decided = decisions.decide(id, request.outcome(), caller);
        return new DecidedBody(GuidanceBody.WalkBody.from(decided.walk()),
                GuidanceBody.DecisionBody.from(decided.record()));
    }

    /** 201 with the tasks created now (none when this SOP version's steps were generated before). */
    @POST
    @Path("/tasks")
    public Response generateTasks(@PathParam("id") UUID id) {
        return Response.status(201).entity(new TaskList(tasks.generate(id, caller).stream().map(TaskBody::from)
                .toList())).build();
    }
}
