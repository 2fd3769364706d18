package io.vigil.console.sop;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.console.access.NotForYourRoles;
import io.vigil.console.format.Links;
import io.vigil.console.format.Notice;
import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ServiceFailure;
import io.vigil.console.shell.Viewer;
import io.vigil.kit.security.Caller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * One version of an SOP: its steps, decision tree, test results, live figures and adoption, with the review
 * actions the viewer's roles and the version's state allow. Actions answer with a redirect back here (so a reload
 * repeats nothing); a refusal renders the page again with sop-service's explanation.
 */
@Path("/sops/{key}/versions/{n}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class VersionPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance version(Viewer viewer, VersionView page);

        static native TemplateInstance missing(Viewer viewer, String key, ServiceFailure failure);
    }

    private final VersionViews views;
    private final VersionReview review;
    private final Caller caller;

    public VersionPage(VersionViews views, VersionReview review, Caller caller) {
        this.views = views;
        this.review = review;
        this.caller = caller;
    }

    @GET
    public Response show(@RestPath String key, @RestPath int n, @RestQuery String done) {
        Viewer viewer = Viewer.of(caller);
        return render(viewer, key, n, VersionReview.doneNotice(done, n), 200);
    }

    @POST
    @Path("/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestPath String key, @RestPath int n, @RestForm String etag) {
        return act(key, n, () -> review.submit(key, n, etag));
    }

    @POST
    @Path("/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@RestPath String key, @RestPath int n, @RestForm String etag, @RestForm String note) {
        return act(key, n, () -> review.approve(key, n, etag, note));
    }

    @POST
    @Path("/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@RestPath String key, @RestPath int n, @RestForm String etag, @RestForm String reason) {
        return act(key, n, () -> review.reject(key, n, etag, reason));
    }

    @POST
    @Path("/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath String key, @RestPath int n, @RestForm String etag,
            @RestForm String effectiveFrom) {
        return act(key, n, () -> review.publish(key, n, etag, effectiveFrom));
    }

    @POST
    @Path("/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@RestPath String key, @RestPath int n) {
        return act(key, n, () -> review.acknowledge(key, n));
    }

    private Response act(String key, int n, Supplier<VersionReview.Result> action) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.seesSopLibrary()) {
            return NotForYourRoles.page(viewer, SopLibraryPage.AREA, SopLibraryPage.READERS);
        }
        VersionReview.Result result = action.get();
        if (result.done() != null) {
            URI back = URI.create("/sops/" + Links.segment(key) + "/versions/" + n + "?done=" + result.done());
            return Response.seeOther(back).build();
        }
        return render(viewer, key, n, result.notice(), result.status());
    }

    private Response render(Viewer viewer, String key, int n, Notice notice, int status) {
        if (!viewer.seesSopLibrary()) {
            return NotForYourRoles.page(viewer, SopLibraryPage.AREA, SopLibraryPage.READERS);
        }
        Answer<VersionView> page = views.load(key, n, viewer, notice);
        if (!page.ok()) {
            return Response.status(page.failure().pageStatus()).entity(Templates.missing(viewer, key, page.failure()))
                    .build();
        }
        return Response.status(status).entity(Templates.version(viewer, page.value())).build();
    }
}
