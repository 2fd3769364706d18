package io.vigil.sop.evaluation;

import io.vigil.sop.VersionPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/**
 * Announces a publication to every replica through PostgreSQL NOTIFY. It is sent inside the publishing
 * transaction, so PostgreSQL delivers it when that commits, and never when it rolls back.
 */
@ApplicationScoped
public class PublicationChannel {

    /** The channel's name; the payload is the SOP key. */
    public static final String NAME = "sop_version_published";

    private final EntityManager em;

    public PublicationChannel(EntityManager em) {
        this.em = em;
    }

    void announce(@Observes VersionPublished published) {
        em.unwrap(Session.class).doWork(connection -> {
            try (var notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, NAME);
                notify.setString(2, published.key());
                notify.execute();
            }
        });
    }
}
