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
import org.jboss.resteasy.reactive.RestQuery;

/** How an SOP's versions do in production: live consistency, kappa and CSAT per version, and the A/B report. */
@Path("/sops/{key}/performance")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PerformancePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance performance(Viewer viewer, PerformanceView page);
    }

    private final SopServiceClient sops;
    private final SopLibrary library;
    private final Caller caller;

    public PerformancePage(@RestClient SopServiceClient sops, SopLibrary library, Caller caller) {
        this.sops = sops;
        this.library = library;
        this.caller = caller;
    }

    @GET
    public Response show(@RestPath String key, @RestQuery Integer a, @RestQuery Integer b) {
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
        List<VersionFigures> figures = versions.value().versions().stream().filter(SopVersion::live)
                .map(v -> new VersionFigures(v, ServiceCalls.call(SopLibrary.SERVICE,
                        () -> sops.stats(key, v.number()))))
                .toList();
        Answer<AbReport> comparison = a == null || b == null || a.equals(b) ? null
                : ServiceCalls.call(SopLibrary.SERVICE, () -> sops.comparison(key, a, b));
        return Response.ok(Templates.performance(viewer, new PerformanceView(sop.value(), figures, a, b, comparison)))
                .build();
    }
}
