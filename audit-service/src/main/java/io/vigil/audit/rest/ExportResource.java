package io.vigil.audit.rest;

import io.vigil.audit.export.ExportJob;
import io.vigil.audit.export.ExportService;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;

/** Signed export bundles that auditors verify offline with audit-verify. */
@Path("/api/audit/exports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class ExportResource {

    private final ExportService exports;
    private final Caller caller;

    public ExportResource(ExportService exports, Caller caller) {
        this.exports = exports;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@Valid @NotNull ExportRequest request) {
        ExportJob job = exports.start(request.from(), request.to(), caller.subject());
        return Response.accepted(ExportBody.from(job)).header("Location", "/api/audit/exports/" + job.id()).build();
    }

    @GET
    @Path("/{id}")
    public ExportBody get(@PathParam("id") UUID id) {
        return ExportBody.from(exports.get(id));
    }

    @GET
    @Path("/{id}/bundle")
    @Produces("application/zip")
    public Response bundle(@PathParam("id") UUID id) {
        return Response.ok(exports.bundle(id).toFile())
                .header("Content-Disposition", "attachment; filename=\"audit-" + id + ".zip\"").build();
    }

    /** The recordedAt range to export, {@code from} inclusive, {@code to} exclusive. */
    public record ExportRequest(@NotNull Instant from, @NotNull Instant to) {
    }

    /** A job's state. */
    public record ExportBody(UUID id, String status, Instant from, Instant to, Long firstSeq, Long treeSize,
            long events, String error) {

        static ExportBody from(ExportJob job) {
            return new ExportBody(job.id(), job.status(), job.from(), job.to(), job.firstSeq(), job.treeSize(),
                    job.events(), job.error());
        }
    }
}
