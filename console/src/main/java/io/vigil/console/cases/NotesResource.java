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

/** Adds an investigator's markdown note to a case. */
@Path("/cases/{id}/notes")
@Authenticated
public class NotesResource {

    static final int MAX_NOTE = 20_000;

    private final CaseActions actions;
    private final InvestigationClient investigation;

    public NotesResource(CaseActions actions, @RestClient InvestigationClient investigation) {
        this.actions = actions;
        this.investigation = investigation;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response add(@PathParam("id") UUID id, @RestForm String body) {
        Map<String, String> draft = Map.of("note", body == null ? "" : body);
        if (body == null || body.isBlank()) {
            return actions.refused(id, CaseDetailPage.invalid("body", "Write the note before adding it"), "note",
                    draft);
        }
        if (body.length() > MAX_NOTE) {
            return actions.refused(id, CaseDetailPage.invalid("body", "A note holds at most 20,000 characters"),
                    "note", draft);
        }
        return actions.attempt(id, Feedback.Done.NOTE, "note", draft, () -> ServiceCall.run(CaseDirectory.SERVICE,
                () -> investigation.addNote(id, new InvestigationClient.NoteBody(body))));
    }
}
