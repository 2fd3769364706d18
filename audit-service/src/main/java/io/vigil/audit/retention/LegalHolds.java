package io.vigil.audit.retention;

import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Legal holds in {@code legal_hold}: which time ranges and subjects must not be purged or erased. */
@ApplicationScoped
public class LegalHolds {

    private static final String COLUMNS = "id, reason, range_from, range_to, subject_ref, created_by, created_at,"
            + " released_by, released_at";

    private final DataSource dataSource;

    public LegalHolds(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(LegalHold hold) {
        run("INSERT INTO legal_hold (id, reason, range_from, range_to, subject_ref, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", hold.id(), hold.reason(), utc(hold.from()), utc(hold.to()),
                hold.subjectRef(), hold.createdBy(), utc(hold.createdAt()));
    }

    LegalHold release(UUID id, String by, Instant at) {
        LegalHold hold = get(id);
        if (!hold.active()) {
            throw new ConflictException("hold-released", "legal hold " + id + " was already released");
        }
        run("UPDATE legal_hold SET released_by = ?, released_at = ? WHERE id = ?", by, utc(at), id);
        return get(id);
    }

    public LegalHold get(UUID id) {
        List<LegalHold> found = select("id = ?", id);
        if (found.isEmpty()) {
            throw new ResourceNotFoundException("legal hold", id);
        }
        return found.get(0);
    }

    public List<LegalHold> list() {
        return select("true ORDER BY created_at DESC LIMIT 500");
    }

    /** Active holds overlapping {@code [from, to)}. */
    public List<LegalHold> activeOverlapping(Instant from, Instant to) {
        return select("released_at IS NULL AND range_from < ? AND range_to > ?", utc(to), utc(from));
    }

    /** Active holds naming the subject. */
    public List<LegalHold> activeFor(String subjectRef) {
        return select("released_at IS NULL AND subject_ref = ?", subjectRef);
    }

    private List<LegalHold> select(String where, Object... args) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM legal_hold WHERE " + where)) {
            for (int i = 0; i < args.length; i++) {
                select.setObject(i + 1, args[i]);
            }
            List<LegalHold> holds = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    holds.add(new LegalHold(r.getObject(1, UUID.class), r.getString(2), instant(r, 3), instant(r, 4),
                            r.getString(5), r.getString(6), instant(r, 7), r.getString(8), instant(r, 9)));
                }
            }
            return holds;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read legal holds", e);
        }
    }

    private void run(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change legal holds", e);
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
