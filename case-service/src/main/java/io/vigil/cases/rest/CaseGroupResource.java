package io.vigil.cases.rest;

import io.vigil.cases.Case;
import io.vigil.cases.group.AccountGroup;
import io.vigil.cases.group.CaseGroups;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The account groups a case works on; PUT and DELETE of one group are idempotent. */
@Path("/api/cases/{id}/account-groups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class CaseGroupResource {

    private final CaseGroups groups;
    private final Caller caller;

    public CaseGroupResource(CaseGroups groups, Caller caller) {
        this.groups = groups;
        this.caller = caller;
    }

    @GET
    public AccountGroupBody.GroupList list(@PathParam("id") UUID id) {
        return new AccountGroupBody.GroupList(groups.of(id, caller).stream()
                .map(this::body).toList());
    }

    @PUT
    @Path("/{groupId}")
    public AccountGroupBody attach(@PathParam("id") UUID id, @PathParam("groupId") UUID groupId) {
        return body(groups.attach(id, groupId, caller));
    }

    @DELETE
    @Path("/{groupId}")
    public AccountGroupBody detach(@PathParam("id") UUID id, @PathParam("groupId") UUID groupId) {
        return body(groups.detach(id, groupId, caller));
    }

    private AccountGroupBody body(AccountGroup group) {
        return AccountGroupBody.from(group, groups.casesOf(group.id(), caller).stream().map(Case::id).toList());
    }
}
