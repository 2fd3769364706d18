package io.vigil.console.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.console.access.NotForYourRoles;
import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ItemPage;
import io.vigil.console.outbound.ServiceCalls;
import io.vigil.console.shell.Viewer;
import io.vigil.kit.security.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** The auditor's event search over the tamper-evident log, with keyset paging. */
@Path("/audit/events")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AuditSearchPage {

    static final String SERVICE = "audit-service";
    static final String AREA = "The audit trail";
    static final String AUDITORS = "auditor";
    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Viewer viewer, EventQuery query, Answer<ItemPage<AuditEvent>> results);
    }

    private final AuditServiceClient audit;
    private final Caller caller;
    private final Clock clock;

    public AuditSearchPage(@RestClient AuditServiceClient audit, Caller caller, Clock clock) {
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    public Response search(@RestQuery String from, @RestQuery String to, @RestQuery String targetType,
            @RestQuery String targetId, @RestQuery String actor, @RestQuery String action,
            @RestQuery String outcome, @RestQuery String cursor) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.seesAuditTrail()) {
            return NotForYourRoles.page(viewer, AREA, AUDITORS);
        }
        EventQuery q = EventQuery.of(new EventQuery.Form(from, to, targetType, targetId, actor, action, outcome,
                cursor), clock.instant());
        if (!q.valid()) {
            return Response.status(400).entity(Templates.search(viewer, q, null)).build();
        }
        Answer<ItemPage<AuditEvent>> results = ServiceCalls.call(SERVICE, () -> audit.search(q.from().toString(),
                q.to().toString(), q.targetType(), q.targetId(), q.actor(), q.action(), q.outcome(), PAGE_SIZE,
                q.cursor()));
        int status = results.ok() ? 200 : results.failure().pageStatus();
        return Response.status(status).entity(Templates.search(viewer, q, results)).build();
    }
}
