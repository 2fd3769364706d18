package io.vigil.console.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.console.access.NotForYourRoles;
import io.vigil.console.format.Notice;
import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ServiceCalls;
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
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Signed export bundles: start one for a range, watch it run (the status section polls with htmx while the job
 * runs), download the bundle and read the command that verifies it offline.
 */
@Path("/audit/exports")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ExportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exports(Viewer viewer, ExportForm form, Notice notice);

        static native TemplateInstance export(Viewer viewer, ExportView page);

        static native TemplateInstance export$status(ExportView page);
    }

    private final AuditServiceClient audit;
    private final EventProofs keys;
    private final BundleDownloads bundles;
    private final Caller caller;
    private final Clock clock;

    public ExportPages(@RestClient AuditServiceClient audit, EventProofs keys, BundleDownloads bundles, Caller caller,
            Clock clock) {
        this.audit = audit;
        this.keys = keys;
        this.bundles = bundles;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    public Response form() {
        return auditorOnly(viewer -> Response.ok(Templates.exports(viewer, ExportForm.of(null, null, clock.instant()),
                null)).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm String from, @RestForm String to) {
        return auditorOnly(viewer -> {
            ExportForm form = ExportForm.of(from, to, clock.instant());
            if (!form.valid()) {
                var e = form.errors().get(0);
                return Response.status(400).entity(Templates.exports(viewer, form, Notice.invalid(e.field(),
                        e.message()))).build();
            }
            Answer<ExportJob> job = ServiceCalls.call(AuditSearchPage.SERVICE, () -> audit.startExport(
                    Map.of("from", form.from().toString(), "to", form.to().toString())));
            if (!job.ok()) {
                int status = job.failure().isUnavailable() ? 503 : job.failure().status();
                return Response.status(status).entity(Templates.exports(viewer, form, Notice.of(job.failure())))
                        .build();
            }
            return Response.seeOther(URI.create(job.value().link())).build();
        });
    }

    @GET
    @Path("/{id}")
    public Response show(@RestPath String id) {
        return auditorOnly(viewer -> {
            ExportView page = view(id);
            int status = page.job().ok() ? 200 : page.job().failure().pageStatus();
            return Response.status(status).entity(Templates.export(viewer, page)).build();
        });
    }

    /** The status section alone: htmx polls it every two seconds while the job runs. */
    @GET
    @Path("/{id}/status")
    public Response status(@RestPath String id) {
        return auditorOnly(viewer -> Response.ok(Templates.export$status(view(id))).build());
    }

    @GET
    @Path("/{id}/bundle")
    @Produces({"application/zip", MediaType.TEXT_HTML})
    public Response bundle(@RestPath String id) {
        return auditorOnly(viewer -> {
            Optional<UUID> exportId = uuid(id);
            Answer<BundleDownloads.Bundle> bundle = exportId.isEmpty() ? null : bundles.open(exportId.get());
            if (bundle == null || !bundle.ok()) {
                ExportView page = view(id);
                Notice notice = bundle == null ? Notice.refused("There is no export with this id.")
                        : Notice.of(bundle.failure());
                int status = bundle == null ? 404 : bundle.failure().isUnavailable() ? 503 : bundle.failure().status();
                return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                        .entity(Templates.export(viewer, page.with(notice))).build();
            }
            Response.ResponseBuilder ok = Response.ok(bundle.value().body(), "application/zip")
                    .header("Content-Disposition", "attachment; filename=\"audit-" + exportId.get() + ".zip\"");
            if (bundle.value().length() != null) {
                ok.header("Content-Length", bundle.value().length());
            }
            return ok.build();
        });
    }

    private ExportView view(String id) {
        Optional<UUID> exportId = uuid(id);
        Answer<ExportJob> job = exportId.isEmpty()
                ? Answer.failed(ServiceFailure.notFound(AuditSearchPage.SERVICE, "There is no export with this id."))
                : ServiceCalls.call(AuditSearchPage.SERVICE, () -> audit.export(exportId.get()));
        Optional<String> pinned = keys.pinnedKey();
        String key = pinned.orElseGet(() -> ServiceCalls.call(AuditSearchPage.SERVICE, audit::publicKey)
                .map(String::strip).orElse(null));
        return new ExportView(id, job, key, pinned.isPresent(), null);
    }

    private Response auditorOnly(Function<Viewer, Response> page) {
        Viewer viewer = Viewer.of(caller);
        if (!viewer.seesAuditTrail()) {
            return NotForYourRoles.page(viewer, AuditSearchPage.AREA, AuditSearchPage.AUDITORS);
        }
        return page.apply(viewer);
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
