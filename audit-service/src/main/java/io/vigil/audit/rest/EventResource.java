package io.vigil.audit.rest;

import io.vigil.audit.log.IngestEnvelope;
import io.vigil.audit.log.IngestService;
import io.vigil.audit.log.LogReader;
import io.vigil.audit.log.IngestEnvelope.OutcomeStatus;
import io.vigil.audit.query.EventFilter;
import io.vigil.audit.query.EventQueries;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.QueryValues;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Ingest of audit events, and each event with its inclusion proof. */
@Path("/api/audit/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final IngestService ingest;
    private final LogReader log;
    private final EventQueries queries;
    private final Caller caller;

    public EventResource(IngestService ingest, LogReader log, EventQueries queries, Caller caller) {
        this.ingest = ingest;
        this.log = log;
        this.queries = queries;
        this.caller = caller;
    }

    /** Auditor search over a required recordedAt range; the search itself becomes an audit event. */
    @GET
    @RolesAllowed(Roles.AUDITOR)
    public Page<EventBody> search(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("targetType") String targetType, @QueryParam("targetId") String targetId,
            @QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("outcome") String outcome, @QueryParam("sopKey") String sopKey,
            @QueryParam("sopVersion") Integer sopVersion, @QueryParam("subject") String subject,
            @QueryParam("region") String region, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        String status = QueryValues.enumValue(OutcomeStatus.class, "outcome", outcome).map(Enum::name).orElse(null);
        EventFilter filter = new EventFilter(QueryTimes.parse("from", from), QueryTimes.parse("to", to), targetType, targetId, actor, action, status, sopKey, sopVersion,
                subject, region);
        return queries.search(filter, PageRequest.of(limit, cursor), CallerActor.of(caller)).map(EventBody::from);
    }

    /** 202: the events are in the log (or, on a standby, durably queued for the sequencer to append within a second). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUDIT_WRITER)
    public Response ingest(List<IngestEnvelope> envelopes) {
        return Response.accepted(IngestBody.from(ingest.ingest(envelopes))).build();
    }

    @GET
    @Path("/{eventId}")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public EventBody get(@PathParam("eventId") UUID eventId) {
        return EventBody.from(log.getEvent(eventId));
    }

    @GET
    @Path("/{eventId}/proof")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public ProofBody proof(@PathParam("eventId") UUID eventId, @QueryParam("treeSize") @Positive Long treeSize) {
        return ProofBody.from(log.prove(eventId, Optional.ofNullable(treeSize)));
    }
}
