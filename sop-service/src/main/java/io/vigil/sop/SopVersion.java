package io.vigil.sop;

import static io.vigil.sop.VersionStatus.APPROVED;
import static io.vigil.sop.VersionStatus.DRAFT;
import static io.vigil.sop.VersionStatus.IN_REVIEW;
import static io.vigil.sop.VersionStatus.PUBLISHED;
import static io.vigil.sop.VersionStatus.REJECTED;
import static io.vigil.sop.VersionStatus.RETIRED;

import io.vigil.kit.problem.PreconditionFailedException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * One numbered version of an SOP. Its content can change only while it is a draft; every status change
 * goes through {@link VersionLifecycle} and the four-eyes rule lives here, not in a service.
 */
@Entity
@Table(name = "sop_version")
public class SopVersion extends SopVersionRecord {

    @Id
    private UUID id;
    @Column(name = "sop_id")
    private UUID sopId;
    private int number;
    @Enumerated(EnumType.STRING)
    private VersionStatus status;
    @Version
    private long version;

    protected SopVersion() {
    }

    public static SopVersion draft(UUID id, UUID sopId, int number, VersionContent content, String author,
            Integer copiedFrom, Instant now) {
        SopVersion draft = new SopVersion();
        draft.id = id;
        draft.sopId = sopId;
        draft.number = number;
        draft.status = DRAFT;
        draft.start(content, author, copiedFrom, now);
        return draft;
    }

    /** Drafts are the only editable versions: what was submitted for review is what gets approved. */
    public void revise(VersionContent content, Instant now) {
        if (status != DRAFT) {
            throw new VersionImmutableException(number, status);
        }
        replaceContent(content, now);
    }

    public void submit(String testReport, Instant now) {
        move(IN_REVIEW, now);
        recordSubmission(testReport, now);
    }

    public void approve(String approver, String note, Instant now) {
        requireSecondPerson(approver, "approve");
        move(APPROVED, now);
        recordReview(approver, note, now);
    }

    public void reject(String approver, String note, Instant now) {
        requireSecondPerson(approver, "reject");
        move(REJECTED, now);
        recordReview(approver, note, now);
    }

    public void reopen(Instant now) {
        move(DRAFT, now);
    }

    /** Published now or at {@code effectiveFrom}; until then the previously published version stays in effect. */
    public void publish(String publisher, Instant effectiveFrom, Instant now) {
        requireSecondPerson(publisher, "publish");
        move(PUBLISHED, now);
        recordPublication(publisher, effectiveFrom, now);
    }

    /** Checked before the predecessor is retired, so a refused publish changes nothing. */
    public void checkPublishable(String publisher) {
        requireSecondPerson(publisher, "publish");
        VersionLifecycle.check(number, status, PUBLISHED);
    }

    /** Retired when a successor takes effect, which for a scheduled successor is in the future. */
    public void retire(Instant at, Instant now) {
        move(RETIRED, now);
        recordRetirement(at, now);
    }

    private void requireSecondPerson(String actor, String act) {
        if (actor.equals(author())) {
            throw new FourEyesException(number, author(), act);
        }
    }

    private void move(VersionStatus to, Instant now) {
        VersionLifecycle.check(number, status, to);
        status = to;
        touch(now);
    }

    public boolean isPublished() {
        return status == PUBLISHED;
    }

    /** Optimistic concurrency: an If-Match naming an older version means the caller acted on stale data. */
    public void expectVersion(OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != version) {
            throw new PreconditionFailedException("Version " + number, expected.getAsLong(), version);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID sopId() {
        return sopId;
    }

    public int number() {
        return number;
    }

    public VersionStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
