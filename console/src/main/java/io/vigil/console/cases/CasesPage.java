package io.vigil.console.cases;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.console.shell.Viewer;
import io.vigil.kit.security.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cases the signed-in user may see: filters, full-text search and keyset paging. */
@Path("/cases")
@Authenticated
public class CasesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cases(Viewer viewer, CaseQuery query, List<Queue> queues,
                CaseResults results);
    }

    private final CaseDirectory directory;
    private final Caller caller;

    public CasesPage(CaseDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@Context UriInfo uri) {
        Map<String, String> raw = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> raw.put(name, values.isEmpty() ? null : values.get(0)));
        CaseQuery query = CaseQuery.of(raw, caller.username());
        Viewer viewer = Viewer.of(caller);
        CaseResults results = directory.find(query);
        List<Queue> queues = results.isLoaded() ? directory.queuesIfAvailable() : List.of();
        return Templates.cases(viewer, query, queues, results);
    }
}
