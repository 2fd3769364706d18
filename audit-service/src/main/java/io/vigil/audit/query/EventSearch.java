package io.vigil.audit.query;

import io.vigil.audit.log.LoggedEvent;
import io.vigil.kit.page.Cursor;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.InvalidRequestException;
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

/**
 * Runs auditor queries with keyset pagination on (recordedAt, seq), the order the log was written in, so a page
 * is one index range scan however deep the client pages.
 */
@ApplicationScoped
public class EventSearch {

    private static final String SELECT = "SELECT e.seq, e.event_id, e.recorded_at, l.leaf_hash, e.envelope"
            + " FROM event e JOIN leaf l ON l.seq = e.seq WHERE e.recorded_at >= ? AND e.recorded_at < ?";

    private final DataSource dataSource;

    public EventSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page<LoggedEvent> search(EventFilter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> args = new ArrayList<>(List.of(utc(filter.from()), utc(filter.to())));
        for (EventFilter.Condition condition : filter.conditions()) {
            sql.append(" AND ").append(condition.sql());
            args.add(condition.value());
        }
        page.after().map(EventSearch::position).ifPresent(p -> {
            sql.append(" AND (e.recorded_at, e.seq) > (?, ?)");
            args.add(utc(p.recordedAt()));
            args.add(p.seq());
        });
        sql.append(" ORDER BY e.recorded_at, e.seq LIMIT ").append(page.limit() + 1);
        return page(query(sql.toString(), args), page);
    }

    /** Every event naming the subject, in seq order, for data-subject access: no time range, it is all theirs. */
    public Page<LoggedEvent> bySubject(String subjectRef, PageRequest page) {
        long after = page.after().map(EventSearch::position).map(Position::seq).orElse(-1L);
        List<LoggedEvent> items = query("SELECT e.seq, e.event_id, e.recorded_at, l.leaf_hash, e.envelope FROM event e"
                + " JOIN leaf l ON l.seq = e.seq WHERE e.subject_refs @> ARRAY[?::text] AND e.seq > ? ORDER BY e.seq LIMIT "
                + (page.limit() + 1), List.of(subjectRef, after));
        return page(items, page);
    }

    private static Page<LoggedEvent> page(List<LoggedEvent> items, PageRequest page) {
        if (items.size() <= page.limit()) {
            return new Page<>(items, null);
        }
        LoggedEvent last = items.get(page.limit() - 1);
        return new Page<>(items.subList(0, page.limit()), Cursor.encode(last.recordedAt() + "|" + last.seq()));
    }

    private List<LoggedEvent> query(String sql, List<Object> args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                select.setObject(i + 1, args.get(i));
            }
            List<LoggedEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new LoggedEvent(rows.getLong(1), rows.getObject(2, UUID.class),
                            rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getBytes(4), rows.getString(5)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot query the audit log", e);
        }
    }

    private static Position position(String after) {
        int bar = after.indexOf('|');
        try {
            return new Position(Instant.parse(after.substring(0, bar)), Long.parseLong(after.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw new InvalidRequestException("cursor", "is not a cursor this API issued");
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Position(Instant recordedAt, long seq) {
    }
}
