package io.vigil.cases.rest;

import io.vigil.cases.Case;
import io.vigil.cases.Subject;
import io.vigil.cases.group.AccountGroup;
import io.vigil.cases.group.AccountGroupService;
import io.vigil.cases.group.CaseGroups;
import io.vigil.kit.security.Caller;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Account groups: related subjects investigated and enforced together, in the caller's regions. */
@Path("/api/account-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class AccountGroupResource {

    private final AccountGroupService groups;
    private final CaseGroups caseGroups;
    private final Caller caller;

    public AccountGroupResource(AccountGroupService groups, CaseGroups caseGroups, Caller caller) {
        this.groups = groups;
        this.caseGroups = caseGroups;
        this.caller = caller;
    }

    /** A new group and its first members. */
    public record GroupRequest(@NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a region code such as US") String region,
            @Size(max = 2000) String description, @Size(max = 500) List<@NotNull @Valid SubjectBody> members) {
    }

    /** A member to add or remove. */
    public record MemberRequest(@NotNull @Valid SubjectBody subject, boolean remove) {
    }

    @POST
    public Response create(@NotNull @Valid GroupRequest request) {
        List<Subject> members = request.members() == null ? List.of()
                : request.members().stream().map(SubjectBody::toSubject).toList();
        AccountGroup group = groups.create(request.name().trim(), request.region(), request.description(), members,
                caller);
        return tagged(Response.status(201), group);
    }

    @GET
    public AccountGroupBody.GroupList list(@QueryParam("subject") String subject,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return new AccountGroupBody.GroupList(groups.list(Optional.ofNullable(subject), limit, caller).stream()
                .map(this::body).toList());
    }

    @GET
    @Path("/{groupId}")
    public Response get(@PathParam("groupId") UUID groupId) {
        return tagged(Response.ok(), groups.get(groupId, caller));
    }

    /** Adds a member, or removes it with {@code "remove":true}; {@code If-Match} guards against lost updates. */
    @POST
    @Path("/{groupId}/members")
    public Response member(@PathParam("groupId") UUID groupId, @NotNull @Valid MemberRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return tagged(Response.ok(), groups.changeMember(groupId, request.subject().toSubject(), !request.remove(),
                IfMatch.of(ifMatch), caller));
    }

    private Response tagged(Response.ResponseBuilder response, AccountGroup group) {
        return response.entity(body(group)).tag(new EntityTag(Long.toString(group.version()))).build();
    }

    private AccountGroupBody body(AccountGroup group) {
        return AccountGroupBody.from(group, caseGroups.casesOf(group.id(), caller).stream().map(Case::id).toList());
    }
}
