package io.vigil.sop.adoption;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/** Acknowledgement requests, and the query of what one person still has to acknowledge. */
@ApplicationScoped
public class AcknowledgementRequestStore implements PanacheRepositoryBase<AcknowledgementRequest, UUID> {

    /**
     * Requests for published versions in effect at {@code now}, addressed to the person by name, to a role they
     * hold, or to a team whose roster lists them, that they have not acknowledged; one row per version, in the
     * order they took effect, then by key.
     */
    private static final String PENDING = """
            SELECT s.key, s.title, r.sop_version, r.effective_from, r.due_by,
                   array_agg(DISTINCT r.audience ORDER BY r.audience)
            FROM sop_acknowledgement_request r
            JOIN sop s ON s.id = r.sop_id
            JOIN sop_version v ON v.sop_id = r.sop_id AND v.number = r.sop_version AND v.status = 'PUBLISHED'
            WHERE r.effective_from <= ?
              AND (r.username = ? OR (r.username IS NULL AND (r.audience = ANY (?)
                   OR r.audience IN (SELECT m.audience FROM audience_member m WHERE m.username = ?))))
              AND NOT EXISTS (SELECT 1 FROM sop_acknowledgement a
                              WHERE a.sop_id = r.sop_id AND a.sop_version = r.sop_version AND a.username = ?)
              AND (r.effective_from, s.key) > (?, ?)
            GROUP BY s.key, s.title, r.sop_version, r.effective_from, r.due_by
            ORDER BY r.effective_from, s.key
            LIMIT ?
            """;

    public List<PendingAcknowledgement> pending(String username, Collection<String> roles, Instant now,
            Optional<Position> after, int limit) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(PENDING)) {
                Position from = after.orElse(new Position(Instant.EPOCH, ""));
                select.setObject(1, utc(now));
                select.setString(2, username);
                select.setArray(3, connection.createArrayOf("text", roles.toArray()));
                select.setString(4, username);
                select.setString(5, username);
                select.setObject(6, utc(from.effectiveFrom()));
                select.setString(7, from.key());
                select.setInt(8, limit);
                return read(select, now);
            }
        });
    }

    private static List<PendingAcknowledgement> read(PreparedStatement select, Instant now) throws SQLException {
        List<PendingAcknowledgement> pending = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Instant dueBy = rows.getObject(5, OffsetDateTime.class).toInstant();
                pending.add(new PendingAcknowledgement(rows.getString(1), rows.getString(2), rows.getInt(3),
                        rows.getObject(4, OffsetDateTime.class).toInstant(), dueBy, now.isAfter(dueBy),
                        List.of((String[]) rows.getArray(6).getArray())));
            }
        }
        return pending;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Where a page of pending acknowledgements ends: the sort key of its last row. */
    public record Position(Instant effectiveFrom, String key) {
    }
}
