package io.vigil.console.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.console.access.NotForYourRoles;
import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ServiceCalls;
import io.vigil.console.shell.Viewer;
import io.vigil.kit.security.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;

/**
 * One audit event with its inclusion proof, checked in the console against the latest signed checkpoint. The
 * proof section is also served alone, so "check again" swaps only it (htmx).
 */
@Path("/audit/events/{id}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AuditEventPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance event(Viewer viewer, String id, Answer<EventDetail> detail,
                Answer<ProofReport> proof);

        static native TemplateInstance event$proof(String id, Answer<ProofReport> proof);
    }

    private final AuditServiceClient audit;
    private final EventProofs proofs;
    private final Caller caller;

    public AuditEventPage(@RestClient AuditServiceClient audit, EventProofs proofs, Caller caller) {
        this.audit = audit;
        this.proofs = proofs;
        this.caller = caller;
    }

    @GET
    public Response show(@RestPath String id) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.seesAuditTrail()) {
            return NotForYourRoles.page(viewer, AuditSearchPage.AREA, AuditSearchPage.AUDITORS);
        }
        Optional<UUID> eventId = uuid(id);
        Answer<String> body = eventId.isEmpty() ? null : ServiceCalls.call(AuditSearchPage.SERVICE,
                () -> audit.event(eventId.get()));
        if (body == null || !body.ok()) {
            int status = body == null ? 404 : body.failure().pageStatus();
            return Response.status(status).entity(Templates.event(viewer, id, body == null ? null
                    : Answer.failed(body.failure()), null)).build();
        }
        Answer<EventDetail> detail = detail(id, body.value());
        Answer<ProofReport> proof = proofs.check(eventId.get(), body.value());
        return Response.ok(Templates.event(viewer, id, detail, proof)).build();
    }

    /** The proof section alone, for the "check again" button. */
    @GET
    @Path("/proof")
    public Response proof(@RestPath String id) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.seesAuditTrail()) {
            return NotForYourRoles.page(viewer, AuditSearchPage.AREA, AuditSearchPage.AUDITORS);
        }
        Optional<UUID> eventId = uuid(id);
        if (eventId.isEmpty()) {
            return Response.status(404).build();
        }
        Answer<String> body = ServiceCalls.call(AuditSearchPage.SERVICE, () -> audit.event(eventId.get()));
        Answer<ProofReport> proof = body.ok() ? proofs.check(eventId.get(), body.value()) : Answer.failed(body.failure());
        return Response.ok(Templates.event$proof(id, proof)).build();
    }

    private static Answer<EventDetail> detail(String id, String body) {
        try {
            return Answer.of(EventDetail.of(id, body));
        } catch (JsonProcessingException e) {
            // The proof check names the same fault precisely; the detail only needs to say it cannot be shown.
            return null;
        }
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
