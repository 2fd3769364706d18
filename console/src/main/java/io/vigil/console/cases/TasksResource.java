package io.vigil.console.cases;

import io.quarkus.security.Authenticated;
import io.vigil.console.outbound.ServiceCall;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/** Adds tasks to a case and completes or reopens them. */
@Path("/cases/{id}/tasks")
@Authenticated
public class TasksResource {

    private final CaseActions actions;
    private final InvestigationClient investigation;

    public TasksResource(CaseActions actions, @RestClient InvestigationClient investigation) {
        this.actions = actions;
        this.investigation = investigation;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response add(@PathParam("id") UUID id, @RestForm String title) {
        Map<String, String> draft = Map.of("task", title == null ? "" : title);
        if (title == null || title.isBlank() || title.length() > 500) {
            return actions.refused(id, CaseDetailPage.invalid("title", "A task needs a title of 1 to 500 characters"),
                    "task", draft);
        }
        return actions.attempt(id, Feedback.Done.TASK, "task", draft, () -> ServiceCall.run(CaseDirectory.SERVICE,
                () -> investigation.addTask(id, new InvestigationClient.TaskBody(title.strip()))));
    }

    @POST
    @Path("/{taskId}/complete")
    @Produces(MediaType.TEXT_HTML)
    public Response complete(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId) {
        return actions.attempt(id, Feedback.Done.TASK_DONE, "tasks", Map.of(), () -> ServiceCall.run(
                CaseDirectory.SERVICE, () -> investigation.completeTask(id, taskId)));
    }

    @POST
    @Path("/{taskId}/reopen")
    @Produces(MediaType.TEXT_HTML)
    public Response reopen(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId) {
        return actions.attempt(id, Feedback.Done.TASK_REOPENED, "tasks", Map.of(), () -> ServiceCall.run(
                CaseDirectory.SERVICE, () -> investigation.reopenTask(id, taskId)));
    }
}
