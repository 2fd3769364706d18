package io.vigil.cases.rest;

import io.vigil.cases.metrics.QualityGrouping;
import io.vigil.cases.metrics.QualityMetrics;
import io.vigil.cases.metrics.QualityMetricsReport;
import io.vigil.kit.problem.QueryValues;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The QA part of the service report: pass rates per investigator, queue or SOP version, as JSON or CSV. */
@Path("/api/metrics/quality")
@RolesAllowed({Roles.LEAD, Roles.ADMIN})
public class QualityMetricsResource {

    private final QualityMetricsReport report;
    private final Clock clock;
    private final Caller caller;

    public QualityMetricsResource(QualityMetricsReport report, Clock clock, Caller caller) {
        this.report = report;
        this.clock = clock;
        this.caller = caller;
    }

    /** The period (reviews recorded from inclusive, to exclusive), the grouping and one row per group. */
    public record QualityBody(Instant from, Instant to, QualityGrouping groupBy, List<QualityMetrics> groups) {
    }

    /** Defaults: the 30 days up to now, grouped by investigator; CSV only when asked for ahead of JSON. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, MetricsResource.CSV})
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("groupBy") String groupBy, @Context HttpHeaders headers) {
        Instant end = MetricsResource.instant("to", to).orElse(clock.instant());
        Instant start = MetricsResource.instant("from", from).orElse(end.minus(Duration.ofDays(30)));
        QualityGrouping grouping = QueryValues.enumValue(QualityGrouping.class, "groupBy", groupBy)
                .orElse(QualityGrouping.INVESTIGATOR);
        QualityBody body = new QualityBody(start, end, grouping, report.report(start, end, grouping, caller));
        if (MetricsResource.wantsCsv(headers.getAcceptableMediaTypes())) {
            return Response.ok(QualityCsv.of(grouping, body.groups()), MetricsResource.CSV + "; charset=utf-8")
                    .build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
