package io.vigil.cases.rest;

import io.vigil.cases.metrics.CaseMetricsReport;
import io.vigil.cases.metrics.GroupMetrics;
import io.vigil.cases.metrics.Grouping;
import io.vigil.kit.problem.InvalidRequestException;
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
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The case service report for leads: per period and group, as JSON or (Accept: text/csv) CSV. */
@Path("/api/metrics/cases")
@RolesAllowed({Roles.LEAD, Roles.ADMIN})
public class MetricsResource {

    static final String CSV = "text/csv";

    private final CaseMetricsReport report;
    private final Clock clock;
    private final Caller caller;

    public MetricsResource(CaseMetricsReport report, Clock clock, Caller caller) {
        this.report = report;
        this.clock = clock;
        this.caller = caller;
    }

    /** The period (from inclusive, to exclusive), the grouping and one row per group. */
    public record MetricsBody(Instant from, Instant to, Grouping groupBy, List<GroupMetrics> groups) {
    }

    /** Defaults: the 30 days up to now, grouped by queue; CSV only when asked for ahead of JSON. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("groupBy") String groupBy, @Context HttpHeaders headers) {
        Instant end = instant("to", to).orElse(clock.instant());
        Instant start = instant("from", from).orElse(end.minus(Duration.ofDays(30)));
        Grouping grouping = QueryValues.enumValue(Grouping.class, "groupBy", groupBy).orElse(Grouping.QUEUE);
        MetricsBody body = new MetricsBody(start, end, grouping, report.report(start, end, grouping, caller));
        if (wantsCsv(headers.getAcceptableMediaTypes())) {
            return Response.ok(MetricsCsv.of(grouping, body.groups()), CSV + "; charset=utf-8").build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    static boolean wantsCsv(List<MediaType> acceptable) {
        MediaType csv = MediaType.valueOf(CSV);
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(csv) || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return type.isCompatible(csv) && !type.isWildcardSubtype();
            }
        }
        return false;
    }

    static Optional<Instant> instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, "must be an RFC 3339 UTC time such as 2026-11-01T00:00:00Z");
        }
    }
}
