package io.vigil.sop.session;

import io.vigil.kit.problem.ConflictException;
import io.vigil.sop.experiment.Arm;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The ticketbot's walk of one pinned version for one ticket. Facts, answers and path are stored as the JSON the
 * walk reads, so any replica can take the next answer.
 */
@Entity
@Table(name = "sop_session")
public class Session {

    @Id
    private UUID id;
    @Column(name = "sop_id")
    private UUID sopId;
    @Column(name = "sop_version")
    private int sopVersion;
    @Column(name = "ticket_id")
    private String ticketId;
    @Column(name = "experiment_id")
    private UUID experimentId;
    @Enumerated(EnumType.STRING)
    private Arm arm;
    private String facts;
    private String answers;
    @Enumerated(EnumType.STRING)
    private SessionStatus status;
    private String outcome;
    private String path;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Session() {
    }

    public static Session open(UUID id, UUID sopId, int sopVersion, String ticketId, UUID experimentId, Arm arm,
            String facts, Instant now) {
        Session s = new Session();
        s.id = id;
        s.sopId = sopId;
        s.sopVersion = sopVersion;
        s.ticketId = ticketId;
        s.experimentId = experimentId;
        s.arm = arm;
        s.facts = facts;
        s.answers = "{}";
        s.status = SessionStatus.OPEN;
        s.path = "[]";
        s.createdAt = now;
        s.updatedAt = now;
        return s;
    }

    /** Records where the walk got to after the answers so far. */
    public void advance(String answersJson, String pathJson, String outcomeCode, Instant now) {
        answers = answersJson;
        path = pathJson;
        outcome = outcomeCode;
        status = outcomeCode == null ? SessionStatus.OPEN : SessionStatus.DONE;
        updatedAt = now;
    }

    public void requireOpen() {
        if (status != SessionStatus.OPEN) {
            throw new ConflictException("session-done", "Session " + id + " already reached outcome " + outcome,
                    Map.of("status", status));
        }
    }

    public UUID id() {
        return id;
    }

    public UUID sopId() {
        return sopId;
    }

    public int sopVersion() {
        return sopVersion;
    }

    public String ticketId() {
        return ticketId;
    }

    public UUID experimentId() {
        return experimentId;
    }

    public Arm arm() {
        return arm;
    }

    public String facts() {
        return facts;
    }

    public String answers() {
        return answers;
    }

    public SessionStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
