package io.vigil.console.access;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vigil.console.shell.Viewer;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The answer to a page the signed-in user's roles do not cover: a normal page with the header and navigation, so
 * the user can go on, with status 403 and the roles that would open it.
 */
public final class NotForYourRoles {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Viewer viewer, String area, String needs);
    }

    private NotForYourRoles() {
    }

    /**
     * @param area what the page is, as a noun phrase ("The audit trail")
     * @param needs the roles that open it, in words ("auditor")
     */
    public static Response page(Viewer viewer, String area, String needs) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.page(viewer, area, needs)).build();
    }
}
