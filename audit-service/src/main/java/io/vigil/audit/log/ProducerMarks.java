package io.vigil.audit.log;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Per-producer high-water marks and the holes below them. Producers number events gaplessly from 0, so a
 * missing producerSeq is an event lost (or still in flight) between a producer and the log.
 */
@ApplicationScoped
public class ProducerMarks {

    private static final String MARKS = "SELECT producer, max(producer_seq), count(DISTINCT producer_seq) FROM leaf"
            + " GROUP BY producer ORDER BY producer";
    // A gap is the run between a seq and the next one present; a log that does not start at 0 has one too.
    private static final String GAPS = "SELECT producer, prev + 1, producer_seq - 1 FROM (SELECT producer,"
            + " producer_seq, lag(producer_seq, 1, -1::bigint) OVER (PARTITION BY producer ORDER BY producer_seq) prev"
            + " FROM leaf) s WHERE producer_seq > prev + 1 ORDER BY producer, producer_seq LIMIT 1000";

    private final DataSource dataSource;

    public ProducerMarks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<ProducerMark> list() {
        try (Connection c = dataSource.getConnection()) {
            Map<String, List<Gap>> gaps = gaps(c);
            List<ProducerMark> marks = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(MARKS); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String producer = rows.getString(1);
                    marks.add(new ProducerMark(producer, rows.getLong(2), rows.getLong(3),
                            gaps.getOrDefault(producer, List.of())));
                }
            }
            return marks;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read producer marks", e);
        }
    }

    private static Map<String, List<Gap>> gaps(Connection c) throws SQLException {
        Map<String, List<Gap>> gaps = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement(GAPS); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                gaps.computeIfAbsent(rows.getString(1), p -> new ArrayList<>()).add(new Gap(rows.getLong(2), rows.getLong(3)));
            }
        }
        return gaps;
    }

    /** A producer's highest producerSeq, how many distinct seqs the log holds, and the missing runs. */
    public record ProducerMark(String producer, long highWater, long events, List<Gap> gaps) {
    }

    /** Missing producerSeqs {@code from..to}, inclusive. */
    public record Gap(long from, long to) {
    }
}
