package io.vigil.cases.rest;

import io.vigil.cases.CaseStatus;
import io.vigil.cases.link.LinkService;
import io.vigil.cases.link.LinkType;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Links between cases (duplicate, related, parent/child), visible from both ends within the caller's regions. */
@Path("/api/cases/{id}/links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class LinkResource {

    private final LinkService links;
    private final Caller caller;

    public LinkResource(LinkService links, Caller caller) {
        this.links = links;
        this.caller = caller;
    }

    /** "This case is {@code type} case {@code caseId}". */
    public record LinkRequest(@NotNull LinkType type, @NotNull UUID caseId) {
    }

    /** A link as this case sees it, with a glimpse of the other case. */
    public record LinkBody(UUID id, LinkType type, UUID caseId, String ref, String title, CaseStatus status,
            String region, String createdBy, Instant createdAt) {

        static LinkBody from(LinkService.Linked l) {
            return new LinkBody(l.link().id(), l.type(), l.other().id(), l.other().ref(), l.other().title(),
                    l.other().status(), l.other().region(), l.link().createdBy(), l.link().createdAt());
        }
    }

    /** The links of a case, oldest first. */
    public record LinkList(List<LinkBody> items) {
    }

    @GET
    public LinkList list(@PathParam("id") UUID id) {
        return new LinkList(links.of(id, caller).stream().map(LinkBody::from).toList());
    }

    @POST
    public Response link(@PathParam("id") UUID id, @NotNull @Valid LinkRequest request) {
        if (request.type().appeal()) {
            throw new InvalidRequestException("type", "appeal links are made by filing an appeal against an action");
        }
        return Response.status(201).entity(LinkBody.from(links.link(id, request.type(), request.caseId(), caller)))
                .build();
    }

    @DELETE
    @Path("/{linkId}")
    public Response unlink(@PathParam("id") UUID id, @PathParam("linkId") UUID linkId) {
        links.unlink(id, linkId, caller);
        return Response.noContent().build();
    }
}
