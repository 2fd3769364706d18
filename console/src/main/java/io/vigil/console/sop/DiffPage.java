package io.vigil.console.sop;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.console.access.NotForYourRoles;
import io.vigil.console.format.Links;
import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ServiceCalls;
import io.vigil.console.shell.Viewer;
import io.vigil.kit.security.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** How one version of an SOP differs from another: the steps line by line and the decision tree node by node. */
@Path("/sops/{key}/diff")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DiffPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance diff(Viewer viewer, String key, String sopLink, Answer<VersionDiff> diff);
    }

    private final SopServiceClient sops;
    private final Caller caller;

    public DiffPage(@RestClient SopServiceClient sops, Caller caller) {
        this.sops = sops;
        this.caller = caller;
    }

    @GET
    public Response show(@RestPath String key, @RestQuery Integer from, @RestQuery Integer to) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.seesSopLibrary()) {
            return NotForYourRoles.page(viewer, SopLibraryPage.AREA, SopLibraryPage.READERS);
        }
        String sopLink = "/sops/" + Links.segment(key);
        if (from == null || to == null || from < 1 || to < 1) {
            return Response.seeOther(java.net.URI.create(sopLink)).build();
        }
        Answer<VersionDiff> diff = ServiceCalls.call(SopLibrary.SERVICE, () -> sops.diff(key, from, to));
        int status = diff.ok() ? 200 : diff.failure().pageStatus();
        return Response.status(status).entity(Templates.diff(viewer, key, sopLink, diff)).build();
    }
}
