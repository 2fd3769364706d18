package io.vigil.sop.rest;

import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import io.vigil.sop.adoption.AcknowledgementRequests;
import io.vigil.sop.adoption.PendingAcknowledgement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** What the caller still has to acknowledge: the people who can acknowledge see their own requests. */
@Path("/api/sops/acknowledgements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.SOP_AUTHOR, Roles.SOP_APPROVER, Roles.ADMIN, Roles.AUDITOR})
public class PendingAcknowledgementResource {

    private final AcknowledgementRequests requests;
    private final Caller caller;

    public PendingAcknowledgementResource(AcknowledgementRequests requests, Caller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @GET
    @Path("/pending")
    public Page<PendingAcknowledgement> pending(@QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return requests.pending(caller, PageRequest.of(limit, cursor));
    }
}
