package io.vigil.cases.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.vigil.cases.Keyset;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The notification outbox: {@link #enqueue} joins the caller's transaction, so a page exists exactly when the change
 * that caused it commits, and the caller never waits for the receiver.
 */
@ApplicationScoped
public class Notifications implements PanacheRepositoryBase<Notification, UUID> {

    private final NotificationConfig config;
    private final ObjectMapper json;
    private final IdGenerator ids;
    private final Clock clock;

    Notifications(NotificationConfig config, ObjectMapper json, IdGenerator ids, Clock clock) {
        this.config = config;
        this.json = json;
        this.ids = ids;
        this.clock = clock;
    }

    /** Whether a receiver is configured; without one nothing is queued. */
    public boolean enabled() {
        return config.webhook().url().isPresent();
    }

    /** Queues one page; the body is fixed now, so every retry sends the same bytes under the same id. */
    public Notification enqueue(NotificationSubject subject, UUID subjectId, String region, String event,
            List<String> recipients, Map<String, Object> data) {
        UUID id = ids.next();
        Instant now = clock.instant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.toString());
        body.put("type", event);
        body.put("createdAt", now.toString());
        body.put("region", region);
        body.put("recipients", recipients);
        body.put("data", data);
        Notification notification = new Notification(id, subject, subjectId, region, event, recipients, write(body),
                now);
        persist(notification);
        return notification;
    }

    /** A case's or an incident's notifications, oldest first. */
    public Page<Notification> of(NotificationSubject subject, UUID subjectId, PageRequest page) {
        List<Notification> found = find("subjectType = :type and subjectId = :id and id > :after order by id",
                Parameters.with("type", subject).and("id", subjectId)
                        .and("after", Keyset.after(page).orElse(new UUID(0, 0)))).page(0, page.limit() + 1).list();
        return Keyset.page(found, page, Notification::id);
    }

    /**
     * The pages addressed to {@code person} in the given regions, newest first: the on-shift lead's inbox. Recipients
     * are stored comma-joined, so the name is matched between commas with LIKE's wildcards escaped.
     */
    public Page<Notification> addressedTo(String person, Set<String> regions, PageRequest page) {
        if (regions.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        String escaped = person.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        StringBuilder where = new StringBuilder(
                "region in :regions and concat(',', recipients, ',') like :me escape '!'");
        Parameters params = Parameters.with("regions", regions).and("me", "%," + escaped + ",%");
        Keyset.after(page).ifPresent(after -> {
            where.append(" and id < :after");
            params.and("after", after);
        });
        List<Notification> found = find(where + " order by id desc", params).page(0, page.limit() + 1).list();
        return Keyset.page(found, page, Notification::id);
    }

    /** Locks up to {@code limit} due notifications, skipping rows another dispatcher holds, and leases them. */
    List<Notification> leaseDue(Instant now, int limit, Instant until) {
        List<?> due = getEntityManager().createNativeQuery("select id from notification where status = 'PENDING'"
                + " and next_attempt_at <= :now order by next_attempt_at limit :limit for update skip locked")
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        List<Notification> leased = due.stream().map(id -> findById((UUID) id)).toList();
        leased.forEach(n -> n.lease(until));
        return leased;
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification body is plain maps, lists and strings", e);
        }
    }
}
