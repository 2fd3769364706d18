package io.vigil.console.cases;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.Authenticated;
import io.vigil.console.outbound.ServiceCall;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Evidence on a case: files are passed on to case-service as they came (it hashes and stores them, and records
 * the collection on the chain of custody), URLs as JSON; and every look at a file's bytes is fetched from
 * case-service, so each one is a custody entry with the user's name.
 */
@Path("/cases/{id}/evidence")
@Authenticated
public class EvidenceResource {

    private final CaseActions actions;
    private final InvestigationClient investigation;
    private final long maxSize;

    public EvidenceResource(CaseActions actions, @RestClient InvestigationClient investigation,
            @ConfigProperty(name = "vigil.console.evidence.max-size", defaultValue = "10M") MemorySize maxSize) {
        this.actions = actions;
        this.investigation = investigation;
        this.maxSize = maxSize.asLongValue();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
            @RestForm String description) {
        Map<String, String> draft = Map.of("description", description == null ? "" : description);
        if (file == null || file.uploadedFile() == null || file.fileName() == null || file.fileName().isBlank()) {
            return actions.refused(id, CaseDetailPage.invalid("file", "Choose a file to upload"), "evidence", draft);
        }
        if (file.size() > maxSize) {
            return actions.refused(id, CaseDetailPage.invalid("file", "The file has " + file.size()
                    + " bytes; evidence files may have at most " + maxSize + " (put larger media in the media "
                    + "store and add its URL)"), "evidence", draft);
        }
        ClientMultipartForm form = ClientMultipartForm.create().binaryFileUpload("file", file.fileName(),
                file.uploadedFile().toString(), file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                        : file.contentType());
        if (description != null && !description.isBlank()) {
            form.attribute("description", description.strip(), null);
        }
        return actions.attempt(id, Feedback.Done.EVIDENCE, "evidence", draft,
                () -> ServiceCall.run(CaseDirectory.SERVICE, () -> investigation.upload(id, form)));
    }

    @POST
    @Path("/url")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response addUrl(@PathParam("id") UUID id, @RestForm String url, @RestForm String name,
            @RestForm String description) {
        Map<String, String> draft = Map.of("url", url == null ? "" : url, "urlName", name == null ? "" : name,
                "urlDescription", description == null ? "" : description);
        if (url == null || !url.strip().matches("https?://\\S{1,1990}")) {
            return actions.refused(id, CaseDetailPage.invalid("url", "Give an http or https address"),
                    "evidence-url", draft);
        }
        return actions.attempt(id, Feedback.Done.EVIDENCE, "evidence-url", draft,
                () -> ServiceCall.run(CaseDirectory.SERVICE, () -> investigation.addUrl(id,
                        new InvestigationClient.UrlBody(url.strip(), blankToNull(name), blankToNull(description)))));
    }

    /**
     * The file's bytes from case-service. Raster images and video may be shown inline on the case page; anything
     * else, and any download, is an attachment. The response may not run script or be cached.
     */
    @GET
    @Path("/{evidenceId}/content")
    public Response content(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId,
            @RestQuery boolean download) {
        Response upstream = ServiceCall.of(CaseDirectory.SERVICE, () -> investigation.content(id, evidenceId));
        String type = upstream.getHeaderString("Content-Type");
        EvidenceFile file = EvidenceFile.of(type, upstream.getHeaderString("Content-Disposition"), download);
        byte[] bytes = upstream.readEntity(byte[].class);
        Response.ResponseBuilder response = Response.ok(bytes, file.mediaType())
                .header("Content-Disposition", file.disposition())
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, no-store");
        String digest = upstream.getHeaderString("Repr-Digest");
        if (digest != null) {
            response.header("Repr-Digest", digest);
        }
        return response.build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
