package io.vigil.cases.rest;

import io.vigil.cases.task.Task;
import io.vigil.cases.task.TaskService;
import io.vigil.cases.task.TaskStatus;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Tasks on a case: typed in, generated from the steps of an SOP version, completed and reopened. */
@Path("/api/cases/{id}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class TaskResource {

    private final TaskService tasks;
    private final Caller caller;

    public TaskResource(TaskService tasks, Caller caller) {
        this.tasks = tasks;
        this.caller = caller;
    }

    /** A task typed in by hand. */
    public record TaskRequest(@NotBlank @Size(max = 500) String title) {
    }

    /** The steps of one SOP version, in order, as sop-service publishes them. */
    public record GenerateRequest(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,127}") String sopKey,
            @NotNull @Min(1) Integer sopVersion,
            @NotNull @Size(min = 1, max = 200) List<@NotBlank @Size(max = 500) String> steps) {
    }

    /** A task as the API shows it; {@code sop} is null for tasks typed in by hand. */
    public record TaskBody(UUID id, String title, TaskStatus status, SopOrigin sop, String createdBy,
            Instant createdAt, String completedBy, Instant completedAt, long version) {

        static TaskBody from(Task t) {
            return new TaskBody(t.id(), t.title(), t.status(), t.origin().map(o -> new SopOrigin(o.key(), o.version(),
                    o.step())).orElse(null), t.createdBy(), t.createdAt(), t.completedBy(), t.completedAt(),
                    t.version());
        }
    }

    /** The SOP step a task was generated from. */
    public record SopOrigin(String key, int version, int step) {
    }

    /** Tasks, oldest first. */
    public record TaskList(List<TaskBody> items) {
    }

    @GET
    public TaskList list(@PathParam("id") UUID id) {
        return new TaskList(tasks.of(id, caller).stream().map(TaskBody::from).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") UUID id, @NotNull @Valid TaskRequest request) {
        return Response.status(201).entity(TaskBody.from(tasks.add(id, request.title().trim(), caller))).build();
    }

    /** 201 with the tasks created now (none when this SOP version's steps were generated before). */
    @POST
    @Path("/from-sop")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response generate(@PathParam("id") UUID id, @NotNull @Valid GenerateRequest request) {
        List<Task> created = tasks.generate(id, request.sopKey(), request.sopVersion(), request.steps(), caller);
        return Response.status(201).entity(new TaskList(created.stream().map(TaskBody::from).toList())).build();
    }

    /** Completion and reopening carry no body, so they accept any (or no) content type. */
    @POST
    @Path("/{taskId}/complete")
    public TaskBody complete(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId) {
        return TaskBody.from(tasks.complete(id, taskId, caller));
    }

    @POST
    @Path("/{taskId}/reopen")
    public TaskBody reopen(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId) {
        return TaskBody.from(tasks.reopen(id, taskId, caller));
    }
}
