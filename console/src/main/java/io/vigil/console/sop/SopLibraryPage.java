package io.vigil.console.sop;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.console.access.NotForYourRoles;
import io.vigil.console.shell.Viewer;
import io.vigil.kit.security.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

/** The SOP library with its filters. */
@Path("/sops")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class SopLibraryPage {

    static final String AREA = "The SOP library";
    static final String READERS = "investigator, lead, sop-author, sop-approver, auditor or admin";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance library(Viewer viewer, LibraryQuery query, LibraryResults results);
    }

    private final SopLibrary library;
    private final Caller caller;

    public SopLibraryPage(SopLibrary library, Caller caller) {
        this.library = library;
        this.caller = caller;
    }

    @GET
    public Response list(@RestQuery String domain, @RestQuery String legalBasis, @RestQuery String dataCategory,
            @RestQuery String status, @RestQuery String cursor) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.seesSopLibrary()) {
            return NotForYourRoles.page(viewer, AREA, READERS);
        }
        LibraryQuery query = LibraryQuery.of(domain, legalBasis, dataCategory, status, cursor);
        return Response.ok(Templates.library(viewer, query, library.find(query))).build();
    }
}
