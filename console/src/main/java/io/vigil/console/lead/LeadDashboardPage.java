package io.vigil.console.lead;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The lead dashboard: SLA compliance, backlog by age and time to first action and to resolution per queue, domain
 * or region over a period, from case-service's service report, and the cases whose SLA is breached.
 */
@Path("/dashboard")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class LeadDashboardPage {

    static final String SERVICE = "case-service";
    static final int BREACHES_PAGE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Viewer viewer, Dashboard page);
    }

    private final CaseMetricsClient cases;
    private final Caller caller;
    private final Clock clock;

    public LeadDashboardPage(@RestClient CaseMetricsClient cases, Caller caller, Clock clock) {
        this.cases = cases;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    public Response show(@RestQuery String groupBy, @RestQuery String from, @RestQuery String to,
            @RestQuery String cursor) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.seesLeadDashboard()) {
            return NotForYourRoles.page(viewer, "The lead dashboard", "lead or admin");
        }
        DashboardQuery query = DashboardQuery.of(groupBy, from, to, cursor, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        Answer<MetricsReport> report = ServiceCalls.call(SERVICE, () -> cases.report(query.start().toString(),
                query.end().toString(), query.groupBy()));
        Answer<ItemPage<BreachedCase>> breaches = ServiceCalls.call(SERVICE,
                () -> cases.cases("BREACHED", BREACHES_PAGE, query.cursor()));
        return Response.ok(Templates.dashboard(viewer, new Dashboard(query, report, breaches))).build();
    }
}
