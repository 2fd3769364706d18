package io.vigil.console.cases;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.console.shell.Viewer;
import io.vigil.kit.security.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

/** The list of cases the signed-in user may see, with status and region filters and keyset paging. */
@Path("/cases")
@Authenticated
public class CasesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cases(Viewer viewer, CaseQuery query, CaseResults results);
    }

    private final CaseDirectory directory;
    private final Caller caller;

    public CasesPage(CaseDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@RestQuery String status, @RestQuery String region, @RestQuery String cursor) {
        CaseQuery query = CaseQuery.of(status, region, cursor);
        return Templates.cases(Viewer.of(caller), query, directory.find(query));
    }
}
