package io.vigil.console.shell;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vigil.kit.security.Caller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** The user's display preferences: how evidence media first appears. */
@Path("/preferences")
@Authenticated
public class PreferencesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preferences(Viewer viewer, List<MediaDisplay> choices, MediaDisplay current,
                String back, boolean saved);
    }

    private final MediaPreference preference;
    private final Caller caller;

    public PreferencesPage(MediaPreference preference, Caller caller) {
        this.preference = preference;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@CookieParam(MediaPreference.COOKIE) String cookie, @RestQuery String back,
            @RestQuery boolean saved) {
        return Templates.preferences(Viewer.of(caller), List.of(MediaDisplay.values()),
                preference.of(cookie, caller.username()), localPath(back), saved);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String media, @RestForm String back, @Context UriInfo uri) {
        MediaDisplay display = MediaDisplay.parse(media).orElse(MediaDisplay.BLUR);
        String target = localPath(back);
        URI next = URI.create(target == null ? "/preferences?saved=true" : target);
        return Response.seeOther(next).cookie(preference.cookie(display, caller.username(),
                "https".equals(uri.getRequestUri().getScheme()))).build();
    }

    /** Only a path on this console: a full URL here would make the form an open redirect. */
    static String localPath(String back) {
        return back != null && back.matches("/[A-Za-z0-9/_.?=&%-]{0,300}") && !back.startsWith("//") ? back : null;
    }
}
