package io.vigil.cases.rest;

import io.vigil.cases.investigation.Note;
import io.vigil.cases.investigation.NoteService;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

/** Investigators' notes on a case (markdown), in the caller's regions. */
@Path("/api/cases/{id}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class NoteResource {

    private final NoteService notes;
    private final Caller caller;

    public NoteResource(NoteService notes, Caller caller) {
        this.notes = notes;
        this.caller = caller;
    }

    /** A new note's markdown. */
    public record NoteRequest(@NotBlank @Size(max = 20000) String body) {
    }

    /** A note as the API shows it. */
    public record NoteBody(UUID id, String author, String body, Instant createdAt) {

        static NoteBody from(Note n) {
            return new NoteBody(n.id(), n.author(), n.body(), n.createdAt());
        }
    }

    /** A case's notes, oldest first. */
    public record NoteList(List<NoteBody> items) {
    }

    @POST
    public Response add(@PathParam("id") UUID id, @NotNull @Valid NoteRequest request) {
        return Response.status(201).entity(NoteBody.from(notes.add(id, request.body(), caller))).build();
    }

    @GET
    public NoteList list(@PathParam("id") UUID id) {
        return new NoteList(notes.of(id, caller).stream().map(NoteBody::from).toList());
    }
}
