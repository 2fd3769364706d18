package io.vigil.console.cases;

import io.vigil.console.outbound.ForwardedHeaders;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/**
 * case-service's investigation API for one case: notes, tasks, evidence (and its content, so each look is on
 * the chain of custody), links and account groups.
 */
@Path("/api/cases/{id}")
@RegisterRestClient(configKey = "case-service")
@RegisterClientHeaders(ForwardedHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
public interface InvestigationClient {

    @GET
    @Path("/notes")
    Note.Listing notes(@PathParam("id") UUID id);

    @POST
    @Path("/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    Note addNote(@PathParam("id") UUID id, NoteBody body);

    @GET
    @Path("/tasks")
    Task.Listing tasks(@PathParam("id") UUID id);

    @POST
    @Path("/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    Task addTask(@PathParam("id") UUID id, TaskBody body);

    @POST
    @Path("/tasks/{taskId}/complete")
    Task completeTask(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId);

    @POST
    @Path("/tasks/{taskId}/reopen")
    Task reopenTask(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId);

    @GET
    @Path("/evidence")
    Evidence.Listing evidence(@PathParam("id") UUID id);

    @POST
    @Path("/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Evidence upload(@PathParam("id") UUID id, ClientMultipartForm form);

    @POST
    @Path("/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    Evidence addUrl(@PathParam("id") UUID id, UrlBody body);

    /** The file, with case-service's Content-Type, Content-Disposition and Repr-Digest. */
    @GET
    @Path("/evidence/{evidenceId}/content")
    @Produces(MediaType.WILDCARD)
    Response content(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId);

    @GET
    @Path("/links")
    LinkedCase.Listing links(@PathParam("id") UUID id);

    @POST
    @Path("/links")
    @Consumes(MediaType.APPLICATION_JSON)
    LinkedCase link(@PathParam("id") UUID id, LinkBody body);

    @GET
    @Path("/account-groups")
    AccountGroup.Listing accountGroups(@PathParam("id") UUID id);

    /** A new note's markdown. */
    record NoteBody(String body) {
    }

    /** A task typed in by hand. */
    record TaskBody(String title) {
    }

    /** Evidence kept elsewhere, by URL. */
    record UrlBody(String url, String name, String description) {
    }

    /** "This case is {@code type} case {@code caseId}". */
    record LinkBody(String type, UUID caseId) {
    }
}
