package io.vigil.sop.rest;

import io.vigil.kit.security.Roles;
import io.vigil.sop.adoption.AdoptionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Audience rosters: who belongs to a role or team, which the adoption report measures against. */
@Path("/api/audiences/{audience}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AudienceResource {

    private final AdoptionService adoption;

    public AudienceResource(AdoptionService adoption) {
        this.adoption = adoption;
    }

    @PUT
    public Roster replace(@PathParam("audience") String audience, @NotNull @Valid Roster roster) {
        return new Roster(adoption.replaceRoster(audience, roster.members().stream().distinct().toList()));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEAD})
    public Roster roster(@PathParam("audience") String audience) {
        return new Roster(adoption.roster(audience));
    }

    /** The members of one audience (a role or team), replaced as a whole. */
    public record Roster(@NotNull @Size(max = 5000) List<@NotNull @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}",
            message = "must be a user name") String> members) {
    }
}
