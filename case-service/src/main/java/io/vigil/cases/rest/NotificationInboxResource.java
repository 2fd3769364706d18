package io.vigil.cases.rest;

import io.vigil.cases.notification.Notification;
import io.vigil.cases.notification.NotificationStatus;
import io.vigil.cases.notification.NotificationSubject;
import io.vigil.cases.notification.Notifications;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;

/** The caller's own pages: what was sent to them as the on-shift lead, about which case or incident, and how it went. */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.AUDITOR, Roles.ADMIN})
public class NotificationInboxResource {

    private final Notifications notifications;
    private final Caller caller;

    public NotificationInboxResource(Notifications notifications, Caller caller) {
        this.notifications = notifications;
        this.caller = caller;
    }

    /** A page addressed to the caller, with what it is about. */
    public record InboxItem(UUID id, NotificationSubject subjectType, UUID subjectId, String region, String event,
            NotificationStatus status, int attempts, Instant createdAt, Instant deliveredAt, String lastError) {

        static InboxItem from(Notification n) {
            return new InboxItem(n.id(), n.subjectType(), n.subjectId(), n.region(), n.event(), n.status(),
                    n.attempts(), n.createdAt(), n.deliveredAt(), n.lastError());
        }
    }

    /** Newest first, in the caller's regions. */
    @GET
    @Path("/mine")
    public Page<InboxItem> mine(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return notifications.addressedTo(caller.username(), caller.regions(), PageRequest.of(limit, cursor))
                .map(InboxItem::from);
    }
}
