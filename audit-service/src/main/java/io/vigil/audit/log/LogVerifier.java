package io.vigil.audit.log;

import io.vigil.audit.verify.merkle.CompactRange;
import io.vigil.audit.verify.merkle.TreeHasher;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Re-checks the stored log against itself and its signed checkpoints, naming the seq of every fault: an
 * envelope that no longer hashes to its leaf, a seq whose event row is gone, a hole in the seqs, and a
 * checkpoint whose root the stored leaves no longer reproduce (RFC 9162 section 2.1.1).
 */
@ApplicationScoped
public class LogVerifier {

    private static final int MAX_FAULTS = 1000;

    private final DataSource dataSource;

    public LogVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public LogVerification verify() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            NavigableMap<Long, byte[]> roots = checkpointRoots(c);
            NavigableMap<Long, Long> purged = purgedRanges(c);
            List<LogFault> faults = new ArrayList<>();
            CompactRange tree = CompactRange.empty();
            TreeHasher hasher = TreeHasher.create();
            try (PreparedStatement select = c.prepareStatement("SELECT l.seq, l.leaf_hash, e.envelope FROM leaf l"
                    + " LEFT JOIN event e ON e.seq = l.seq AND e.recorded_at = l.recorded_at ORDER BY l.seq")) {
                select.setFetchSize(10_000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next() && faults.size() < MAX_FAULTS) {
                        long seq = rows.getLong(1);
                        byte[] leafHash = rows.getBytes(2);
                        String envelope = rows.getString(3);
                        for (long missing = tree.size(); missing < seq; missing++) {
                            faults.add(new LogFault(missing, "EVENT_REMOVED", "seq " + missing + " has no leaf: it was removed"));
                            tree.append(new byte[TreeHasher.HASH_SIZE]);
                        }
                        if (envelope == null && isPurged(purged, seq)) {
                            tree.append(leafHash);
                            checkRoot(tree, roots, faults);
                            continue;
                        }
                        if (envelope == null) {
                            faults.add(new LogFault(seq, "EVENT_REMOVED", "seq " + seq + " has a leaf but its event row is gone"));
                        } else if (!MessageDigest.isEqual(leafHash, hasher.hashLeaf(envelope.getBytes(StandardCharsets.UTF_8)))) {
                            faults.add(new LogFault(seq, "EVENT_CHANGED", "the envelope at seq " + seq + " no longer hashes to its leaf: it was changed"));
                        }
                        tree.append(leafHash);
                        checkRoot(tree, roots, faults);
                    }
                }
            }
            c.commit();
            return new LogVerification(faults.isEmpty(), tree.size(), roots.isEmpty() ? 0 : roots.lastKey(), faults);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the log to verify it", e);
        }
    }

    private static void checkRoot(CompactRange tree, NavigableMap<Long, byte[]> roots, List<LogFault> faults) {
        byte[] signed = roots.get(tree.size());
        if (signed != null && !MessageDigest.isEqual(signed, tree.root())) {
            faults.add(new LogFault(tree.size() - 1, "ROOT_MISMATCH", "the stored leaves no longer lead to the signed root of tree size "
                    + tree.size() + ": a leaf before it was altered"));
        }
    }

    /** Retention dropped these seqs' event rows on purpose; their leaves still count toward every root. */
    private static boolean isPurged(NavigableMap<Long, Long> purged, long seq) {
        var range = purged.floorEntry(seq);
        return range != null && seq <= range.getValue();
    }

    private static NavigableMap<Long, Long> purgedRanges(Connection c) throws SQLException {
        NavigableMap<Long, Long> ranges = new TreeMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT first_seq, last_seq FROM purged_partition");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ranges.put(rows.getLong(1), rows.getLong(2));
            }
        }
        return ranges;
    }

    private static NavigableMap<Long, byte[]> checkpointRoots(Connection c) throws SQLException {
        NavigableMap<Long, byte[]> roots = new TreeMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT tree_size, root_hash FROM checkpoint WHERE tree_size > 0");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                roots.put(rows.getLong(1), rows.getBytes(2));
            }
        }
        return roots;
    }

    /** The outcome: whether everything verified, how far, and each fault with its seq. */
    public record LogVerification(boolean verified, long treeSize, long checkpointedSize, List<LogFault> faults) {
    }

    /** One fault: the seq it concerns, its kind and what is wrong. */
    public record LogFault(long seq, String kind, String message) {
    }
}
