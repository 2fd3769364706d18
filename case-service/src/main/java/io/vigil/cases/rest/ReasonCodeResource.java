package io.vigil.cases.rest;

import io.vigil.cases.enforcement.GroundType;
import io.vigil.cases.enforcement.ReasonCode;
import io.vigil.cases.enforcement.ReasonCodeService;
import io.vigil.cases.enforcement.ReasonSpec;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;

/** The catalogue of policy reasons: everyone who enforces reads it, leads and admins maintain it. */
@Path("/api/reason-codes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class ReasonCodeResource {

    static final String DSA_CATEGORY = "STATEMENT_CATEGORY_[A-Z_]{2,80}";

    private final ReasonCodeService reasons;

    public ReasonCodeResource(ReasonCodeService reasons) {
        this.reasons = reasons;
    }

    /** A reason code's definition; the code itself is in the path for PUT and in the body for POST. */
    public record ReasonRequest(
            @Pattern(regexp = "[A-Z][A-Z0-9-]{2,63}", message = "must be upper case such as SHOP-COUNTERFEIT") String code,
            @Pattern(regexp = "[a-z][a-z0-9-]{1,31}", message = "must be a lowercase domain such as shop") String domain,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,63}", message = "must be a lowercase policy key such as counterfeit")
            String policy,
            @NotNull GroundType groundType,
            @NotBlank @Size(max = 1000) String ground,
            @NotBlank @Size(max = 4000) String groundExplanation,
            @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "must be an https URL") String groundUrl,
            @NotBlank @Pattern(regexp = DSA_CATEGORY, message = "must be a DSA statement category such as"
                    + " STATEMENT_CATEGORY_SCAMS_AND_FRAUD") String dsaCategory,
            @NotNull @Min(0) @Max(10) Integer strikeWeight,
            Boolean active) {

        ReasonSpec toSpec() {
            return new ReasonSpec(domain, title.trim(), policy, groundType, ground.trim(), groundExplanation.trim(),
                    groundUrl, dsaCategory, strikeWeight, active == null || active);
        }
    }

    /** A reason code as the API shows it. */
    public record ReasonBody(String code, String domain, String title, String policy, GroundType groundType,
            String ground, String groundExplanation, String groundUrl, String dsaCategory, int strikeWeight,
            boolean active, Instant createdAt, Instant updatedAt, long version) {

        static ReasonBody from(ReasonCode r) {
            ReasonSpec s = r.spec();
            return new ReasonBody(r.code(), s.domain(), s.title(), s.policy(), s.groundType(), s.ground(),
                    s.groundExplanation(), s.groundUrl(), s.dsaCategory(), s.strikeWeight(), s.active(),
                    r.createdAt(), r.updatedAt(), r.version());
        }
    }

    /** Ordered by code; {@code domain} gives that domain's codes and those of every domain. */
    @GET
    public Page<ReasonBody> list(@QueryParam("domain") String domain, @QueryParam("active") Boolean active,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return reasons.list(Optional.ofNullable(domain).filter(d -> !d.isBlank()), Optional.ofNullable(active),
                PageRequest.of(limit, cursor)).map(ReasonBody::from);
    }

    @GET
    @Path("/{code}")
    public Response get(@PathParam("code") String code) {
        return tagged(Response.ok(), reasons.get(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.LEAD, Roles.ADMIN})
    public Response create(@NotNull @Valid ReasonRequest request) {
        if (request.code() == null) {
            throw new InvalidRequestException("code", "must not be blank");
        }
        return tagged(Response.status(201).header("Location", "/api/reason-codes/" + request.code()),
                reasons.create(request.code(), request.toSpec()));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.LEAD, Roles.ADMIN})
    public Response update(@PathParam("code") String code, @NotNull @Valid ReasonRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        if (request.code() != null && !request.code().equals(code)) {
            throw new InvalidRequestException("code", "a code cannot be renamed; create a new one and retire this");
        }
        return tagged(Response.ok(), reasons.update(code, request.toSpec(), IfMatch.of(ifMatch)));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed({Roles.LEAD, Roles.ADMIN})
    public Response delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        reasons.delete(code, IfMatch.of(ifMatch));
        return Response.noContent().build();
    }

    private static Response tagged(Response.ResponseBuilder response, ReasonCode reason) {
        return response.entity(ReasonBody.from(reason)).tag(new EntityTag(Long.toString(reason.version()))).build();
    }
}
