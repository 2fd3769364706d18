package io.vigil.cases.rest;

import io.vigil.cases.evidence.EvidenceConfig;
import io.vigil.cases.evidence.EvidenceReading;
import io.vigil.cases.evidence.EvidenceService;
import io.vigil.cases.evidence.Upload;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Evidence on a case: upload (multipart or raw body) or a URL; every read is on the chain of custody. */
@Path("/api/cases/{id}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class EvidenceResource {

    private final EvidenceService evidence;
    private final EvidenceReading reading;
    private final EvidenceConfig config;
    private final Caller caller;

    public EvidenceResource(EvidenceService evidence, EvidenceReading reading, EvidenceConfig config, Caller caller) {
        this.evidence = evidence;
        this.reading = reading;
        this.config = config;
        this.caller = caller;
    }

    /** Evidence kept elsewhere, by URL. */
    public record UrlRequest(@NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+",
            message = "must be an http or https URL") String url, @Size(max = 255) String name,
            @Size(max = 2000) String description) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addUrl(@PathParam("id") UUID id, @NotNull @Valid UrlRequest request) {
        return created(EvidenceBody.from(evidence.collectUrl(id, request.url(), request.name(), request.description(),
                caller)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
            @RestForm("description") @Size(max = 2000) String description) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidRequestException("file", "a multipart part named file is required");
        }
        Upload upload = Upload.read(name(file.fileName()), file.contentType(), Files.newInputStream(
                file.uploadedFile()), config.maxSize().asLongValue());
        return created(EvidenceBody.from(evidence.collectFile(id, upload, description, caller)));
    }

    /** Any other content type is the file itself; its name comes in {@code ?name=}. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response uploadRaw(@PathParam("id") UUID id, @QueryParam("name") String name,
            @QueryParam("description") @Size(max = 2000) String description,
            @HeaderParam("Content-Type") String type, InputStream body) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("name", "is required: the file's name, as ?name=report.pdf");
        }
        Upload upload = Upload.read(name(name), type == null ? MediaType.APPLICATION_OCTET_STREAM : type, body,
                config.maxSize().asLongValue());
        return created(EvidenceBody.from(evidence.collectFile(id, upload, description, caller)));
    }

    @GET
    public EvidenceBody.EvidenceList list(@PathParam("id") UUID id) {
        return new EvidenceBody.EvidenceList(reading.list(id, caller).stream().map(EvidenceBody::from).toList());
    }

    @GET
    @Path("/{evidenceId}")
    public EvidenceBody view(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        return EvidenceBody.from(reading.view(id, evidenceId, caller));
    }

    /** The file's bytes with its SHA-256 as {@code Repr-Digest} (RFC 9530), so the receiver can check it. */
    @GET
    @Path("/{evidenceId}/content")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        EvidenceReading.Download file = reading.download(id, evidenceId, caller);
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.item().sha256()));
        return Response.ok(file.content(), file.item().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.item().name() + "\"")
                .header("Repr-Digest", "sha-256=:" + digest + ":").build();
    }

    @GET
    @Path("/{evidenceId}/custody")
    public EvidenceBody.CustodyList custody(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        return new EvidenceBody.CustodyList(reading.custody(id, evidenceId, caller).stream()
                .map(EvidenceBody.CustodyBody::from).toList());
    }

    /** Keeps a file name printable and header-safe; the stored bytes are what the hash covers, not the name. */
    private static String name(String raw) {
        String cleaned = raw == null ? "" : raw.replaceAll("[\\p{Cntrl}\"\\\\/]", "_").strip();
        if (cleaned.isEmpty() || cleaned.length() > 255) {
            throw new InvalidRequestException("name", "must be 1 to 255 characters");
        }
        return cleaned;
    }

    private static Response created(EvidenceBody body) {
        return Response.status(201).entity(body).build();
    }
}
