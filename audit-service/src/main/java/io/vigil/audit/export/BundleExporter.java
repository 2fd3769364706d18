package io.vigil.audit.export;

import io.vigil.audit.log.LogKey;
import io.vigil.audit.verify.bundle.BundleWriter;
import io.vigil.audit.verify.bundle.ExportEvent;
import io.vigil.audit.verify.merkle.CompactRange;
import io.vigil.audit.verify.merkle.NodeSource;
import io.vigil.audit.verify.merkle.Prover;
import io.vigil.audit.verify.note.NoteVerificationException;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams one bundle in audit-verify's format (BundleWriter): the prefix compact range, the events in seq order,
 * every checkpoint inside the range and the consistency proofs between successive ones.
 */
final class BundleExporter {

    private static final DateTimeFormatter RECORDED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final Connection connection;
    private final NodeSource tree;
    private final LogKey key;
    private final String origin;

    BundleExporter(Connection connection, NodeSource tree, LogKey key, String origin) {
        this.connection = connection;
        this.tree = tree;
        this.key = key;
        this.origin = origin;
    }

    void write(ExportRange range, OutputStream out) throws SQLException, IOException, NoteVerificationException {
        BundleWriter writer = BundleWriter.create(out, key.signer(), origin, range.firstSeq())
                .prefix(CompactRange.of(tree, range.firstSeq()).hashes());
        // Bounded by the recorded_at of the first and last seq too, so the primary key (recorded_at, seq) serves the
        // scan; recorded_at never decreases along seq, so that order is seq order.
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, recorded_at, envelope FROM event"
                + " WHERE recorded_at >= (SELECT recorded_at FROM leaf WHERE seq = ?)"
                + " AND recorded_at <= (SELECT recorded_at FROM leaf WHERE seq = ?)"
                + " AND seq >= ? AND seq < ? ORDER BY recorded_at, seq")) {
            select.setLong(1, range.firstSeq());
            select.setLong(2, range.treeSize() - 1);
            select.setLong(3, range.firstSeq());
            select.setLong(4, range.treeSize());
            select.setFetchSize(5_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    writer.event(new ExportEvent(rows.getLong(1), RECORDED_AT.format(rows.getTimestamp(2).toInstant()),
                            rows.getString(3)));
                }
            }
        }
        List<Long> sizes = checkpoints(range, writer);
        Prover prover = new Prover(tree);
        for (int i = 1; i < sizes.size(); i++) {
            writer.consistency(prover.consistency(sizes.get(i - 1), sizes.get(i)));
        }
        writer.finish();
    }

    private List<Long> checkpoints(ExportRange range, BundleWriter writer) throws SQLException, NoteVerificationException {
        List<Long> sizes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT tree_size, note FROM checkpoint"
                + " WHERE tree_size > ? AND tree_size <= ? ORDER BY tree_size")) {
            select.setLong(1, range.firstSeq());
            select.setLong(2, range.treeSize());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sizes.add(rows.getLong(1));
                    writer.checkpoint(rows.getString(2));
                }
            }
        }
        return sizes;
    }
}
