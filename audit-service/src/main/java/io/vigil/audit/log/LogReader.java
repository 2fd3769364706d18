package io.vigil.audit.log;

import io.vigil.audit.verify.merkle.ConsistencyProof;
import io.vigil.audit.verify.merkle.InclusionProof;
import io.vigil.audit.verify.merkle.Prover;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads events and proves them: inclusion (RFC 9162 section 2.1.3) and consistency (section 2.1.4) proofs. */
@ApplicationScoped
public class LogReader {

    private final DataSource dataSource;
    private final CheckpointRepository checkpoints;

    public LogReader(DataSource dataSource, CheckpointRepository checkpoints) {
        this.dataSource = dataSource;
        this.checkpoints = checkpoints;
    }

    public LoggedEvent getEvent(UUID eventId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT l.seq, l.recorded_at, l.leaf_hash, e.envelope"
                     + " FROM leaf l JOIN event e ON e.seq = l.seq AND e.recorded_at = l.recorded_at WHERE l.event_id = ?")) {
            select.setObject(1, eventId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new EventNotFoundException(eventId);
                }
                return new LoggedEvent(row.getLong(1), eventId, row.getTimestamp(2).toInstant(), row.getBytes(3),
                        row.getString(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read audit event " + eventId, e);
        }
    }

    /** The inclusion proof of the event in the checkpointed tree of {@code treeSize} (default: the latest). */
    public EventProof prove(UUID eventId, Optional<Long> treeSize) {
        LoggedEvent event = getEvent(eventId);
        StoredCheckpoint checkpoint = checkpointFor(treeSize);
        if (event.seq() >= checkpoint.treeSize()) {
            throw new InvalidRequestException("treeSize", "the tree of size " + checkpoint.treeSize()
                    + " does not contain seq " + event.seq() + "; ask again after the next checkpoint");
        }
        InclusionProof proof = withTree(p -> p.inclusion(event.seq(), checkpoint.treeSize()));
        return new EventProof(event, proof, checkpoint.note());
    }

    /** The consistency proof between two checkpointed tree sizes. */
    public ConsistencyProof consistency(long from, long to) {
        if (from < 1 || from > to) {
            throw new InvalidRequestException("from", "must be at least 1 and at most to");
        }
        checkpointFor(Optional.of(to));
        return withTree(p -> p.consistency(from, to));
    }

    private StoredCheckpoint checkpointFor(Optional<Long> treeSize) {
        Optional<StoredCheckpoint> found = treeSize.isPresent() ? checkpoints.findByIdOptional(treeSize.get())
                : checkpoints.findLatest();
        return found.orElseThrow(() -> new ResourceNotFoundException("checkpoint of tree size", treeSize.orElse(0L)));
    }

    private <T> T withTree(java.util.function.Function<Prover, T> use) {
        try (Connection c = dataSource.getConnection()) {
            return use.apply(new Prover(new StoredTree(c)));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the stored tree", e);
        }
    }

    /** An event, its audit path and the signed checkpoint the path leads to. */
    public record EventProof(LoggedEvent event, InclusionProof proof, String checkpoint) {
    }
}
