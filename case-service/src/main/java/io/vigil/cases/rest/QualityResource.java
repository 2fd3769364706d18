package io.vigil.cases.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.cases.idempotency.IdempotencyService;
import io.vigil.kit.idempotency.StoredResponse;
import io.vigil.cases.quality.DrawnSample;
import io.vigil.cases.quality.QaReviewFilter;
import io.vigil.cases.quality.QaReviewStatus;
import io.vigil.cases.quality.QaReviews;
import io.vigil.cases.quality.QaSample;
import io.vigil.cases.quality.QaSampling;
import io.vigil.cases.quality.Rubric;
import io.vigil.cases.quality.SamplingStrategy;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.QueryValues;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Quality review: the rubric, samples drawn into the QA queue, and the queue's reviews. Leads run it. */
@Path("/api/quality")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LEAD, Roles.AUDITOR, Roles.ADMIN})
public class QualityResource {

    private final QaSampling sampling;
    private final QaReviews reviews;
    private final IdempotencyService idempotency;
    private final ObjectMapper json;
    private final Caller caller;

    public QualityResource(QaSampling sampling, QaReviews reviews, IdempotencyService idempotency, ObjectMapper json,
            Caller caller) {
        this.sampling = sampling;
        this.reviews = reviews;
        this.idempotency = idempotency;
        this.json = json;
        this.caller = caller;
    }

    /** The rubric reviews are scored against, and the share of points (with agreement) that passes. */
    public record RubricBody(List<Rubric.Criterion> criteria, double passShare) {
    }

    /** A sample: its plan, seed, how many cases it drew from and picked, and the reviews the caller may see. */
    public record SampleBody(UUID id, SamplingStrategy strategy, Instant from, Instant to, Integer size, Double rate,
            long seed, String region, UUID queueId, String investigator, int population, int picked,
            String createdBy, Instant createdAt, List<QaReviewBody> reviews) {

        static SampleBody from(DrawnSample drawn) {
            QaSample s = drawn.sample();
            return new SampleBody(s.id(), s.strategy(), s.periodFrom(), s.periodTo(), s.size(), s.rate(), s.seed(),
                    s.region(), s.queueId(), s.investigator(), s.population(), s.picked(), s.createdBy(),
                    s.createdAt(), drawn.reviews().stream().map(QaReviewBody::from).toList());
        }
    }

    @GET
    @Path("/rubric")
    public RubricBody rubric() {
        return new RubricBody(reviews.rubric().criteria(), reviews.rubric().passShare());
    }

    @POST
    @Path("/samples")
    @RolesAllowed(Roles.LEAD)
    public Response sample(@NotNull @Valid QualityRequests.Sample request, @HeaderParam("Idempotency-Key") String key,
            @Context UriInfo uri) throws JsonProcessingException {
        StoredResponse answer = idempotency.once("quality.sample", Optional.ofNullable(key), Hashes.of(json, request),
                caller, () -> {
                    SampleBody body = SampleBody.from(sampling.draw(request.toRequest(), caller));
                    return new StoredResponse(201, Hashes.write(json, body),
                            uri.getAbsolutePathBuilder().path(body.id().toString()).build().toString(), null);
                });
        // A sample has no version of its own (its reviews do), so unlike other creations it carries no ETag.
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body())
                .location(URI.create(answer.location())).build();
    }

    @GET
    @Path("/samples/{id}")
    public SampleBody sample(@PathParam("id") UUID id) {
        return SampleBody.from(reviews.sample(id, caller));
    }

    /** The QA queue, oldest first: {@code status=PENDING} is what is left to review. */
    @GET
    @Path("/reviews")
    public Page<QaReviewBody> list(@QueryParam("status") String status,
            @QueryParam("investigator") String investigator, @QueryParam("queueId") String queueId,
            @QueryParam("sampleId") String sampleId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        QaReviewFilter filter = new QaReviewFilter(QueryValues.enumValue(QaReviewStatus.class, "status", status),
                ShiftQuery.present(investigator), ShiftQuery.present(queueId).map(ShiftQuery::uuid),
                ShiftQuery.present(sampleId).map(QualityResource::sampleId));
        return reviews.list(filter, PageRequest.of(limit, cursor), caller).map(QaReviewBody::from);
    }

    /** The scored reviews of the caller's own cases, for the investigator who worked them (and leads who work cases). */
    @GET
    @Path("/my-reviews")
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD})
    public Page<QaReviewBody> mine(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return reviews.ofMyCases(PageRequest.of(limit, cursor), caller).map(QaReviewBody::from);
    }

    @GET
    @Path("/reviews/{id}")
    public Response review(@PathParam("id") UUID id) {
        return ok(QaReviewBody.from(reviews.get(id, caller)));
    }

    /** A lead other than the case's investigator scores it; {@code If-Match} guards against a concurrent review. */
    @POST
    @Path("/reviews/{id}/score")
    @RolesAllowed(Roles.LEAD)
    public Response score(@PathParam("id") UUID id, @NotNull @Valid QualityRequests.Score request,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(QaReviewBody.from(reviews.score(id, request.toScoring(), IfMatch.of(ifMatch), caller)));
    }

    private static UUID sampleId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new io.vigil.kit.problem.InvalidRequestException("sampleId", "must be a sample id (a UUID)");
        }
    }

    private static Response ok(QaReviewBody body) {
        return Response.ok(body).tag(new EntityTag(Long.toString(body.version()))).build();
    }
}
