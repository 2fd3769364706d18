package io.vigil.sop.rest;

import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import io.vigil.sop.adoption.AdoptionReport;
import io.vigil.sop.adoption.AdoptionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/** Adoption: people acknowledge the published version; leads and owners see who has and who has not. */
@Path("/api/sops/{key}/versions/{n}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LEAD, Roles.SOP_AUTHOR, Roles.SOP_APPROVER, Roles.ADMIN, Roles.AUDITOR})
public class AdoptionResource {

    private final AdoptionService adoption;
    private final Caller caller;

    public AdoptionResource(AdoptionService adoption, Caller caller) {
        this.adoption = adoption;
        this.caller = caller;
    }

    @POST
    @Path("/acknowledgements")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.SOP_AUTHOR, Roles.SOP_APPROVER, Roles.ADMIN, Roles.AUDITOR})
    public Response acknowledge(@PathParam("key") String key, @PathParam("n") int number) {
        AdoptionService.Acknowledged a = adoption.acknowledge(key, number, caller);
        return Response.status(a.created() ? 201 : 200).entity(new Acknowledgement(key, number,
                a.acknowledgement().username(), a.acknowledgement().acknowledgedAt())).build();
    }

    @GET
    @Path("/adoption")
    public AdoptionReport report(@PathParam("key") String key, @PathParam("n") int number) {
        return adoption.report(key, number);
    }

    /** Someone's acknowledgement of a version. */
    public record Acknowledgement(String sop, int version, String username, Instant acknowledgedAt) {
    }
}
