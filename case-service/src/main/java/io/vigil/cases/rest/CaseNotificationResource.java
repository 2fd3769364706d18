package io.vigil.cases.rest;

import io.vigil.cases.CaseService;
import io.vigil.cases.notification.NotificationSubject;
import io.vigil.cases.notification.Notifications;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The pages sent to on-shift leads about a case (urgent escalations) and how their delivery went. */
@Path("/api/cases/{id}/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class CaseNotificationResource {

    private final CaseService cases;
    private final Notifications notifications;
    private final Caller caller;

    public CaseNotificationResource(CaseService cases, Notifications notifications, Caller caller) {
        this.cases = cases;
        this.notifications = notifications;
        this.caller = caller;
    }

    @GET
    public Page<NotificationBody> list(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return notifications.of(NotificationSubject.CASE, cases.get(id, caller).id(), page)
                .map(NotificationBody::from);
    }
}
