package io.vigil.console.sop;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.console.access.NotForYourRoles;
import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ServiceCalls;
import io.vigil.console.shell.Viewer;
import io.vigil.kit.security.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;

/** One SOP: what it covers, its compliance tags, its versions and where each stands in its lifecycle. */
@Path("/sops/{key}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class SopPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sop(Viewer viewer, SopOverview page);
    }

    private final SopServiceClient sops;
    private final SopLibrary library;
    private final Caller caller;

    public SopPage(@RestClient SopServiceClient sops, SopLibrary library, Caller caller) {
        this.sops = sops;
        this.library = library;
        this.caller = caller;
    }

    @GET
    public Response show(@RestPath String key) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.seesSopLibrary()) {
            return NotForYourRoles.page(viewer, SopLibraryPage.AREA, SopLibraryPage.READERS);
        }
        Answer<SopSummary> sop = ServiceCalls.call(SopLibrary.SERVICE, () -> sops.sop(key));
        Answer<VersionLine> versions = sop.ok() ? library.versions(key) : Answer.failed(sop.failure());
        if (!versions.ok()) {
            return Response.status(versions.failure().pageStatus())
                    .entity(VersionPage.Templates.missing(viewer, key, versions.failure())).build();
        }
        // The review list is small and only decorates the page, so its failure hides the flag and nothing else.
        ReviewDue due = ServiceCalls.call(SopLibrary.SERVICE, sops::reviewDue).orElse(List.of()).stream()
                .filter(r -> r.key().equals(key)).findFirst().orElse(null);
        return Response.ok(Templates.sop(viewer, new SopOverview(sop.value(), versions.value(), due))).build();
    }
}
