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
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** SOPs due for their periodic review, most overdue first. Its own root path, so no SOP key can shadow it. */
@Path("/sops/review-due")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReviewDuePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reviewDue(Viewer viewer, Answer<List<ReviewDue>> due);
    }

    private final SopServiceClient sops;
    private final Caller caller;

    public ReviewDuePage(@RestClient SopServiceClient sops, Caller caller) {
        this.sops = sops;
        this.caller = caller;
    }

    @GET
    public Response show() {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.seesSopLibrary()) {
            return NotForYourRoles.page(viewer, SopLibraryPage.AREA, SopLibraryPage.READERS);
        }
        Answer<List<ReviewDue>> due = ServiceCalls.call(SopLibrary.SERVICE, sops::reviewDue)
                .map(list -> list.stream().sorted(Comparator.comparingLong(ReviewDue::overdueDays).reversed()).toList());
        return Response.ok(Templates.reviewDue(viewer, due)).build();
    }
}
