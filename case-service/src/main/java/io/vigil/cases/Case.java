package io.vigil.cases;

import io.vigil.cases.sla.CaseSla;
import io.vigil.cases.sla.SlaState;
import io.vigil.cases.sla.SlaTargets;
import io.vigil.kit.problem.PreconditionFailedException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A risk case: something reported or detected about one or more subjects, worked by investigators. */
@Entity
@Table(name = "risk_case")
public class Case {

    @Id
    private UUID id;
    private String ref;
    private String domain;
    private String category;
    private String title;
    private String description;
    private String region;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Enumerated(EnumType.STRING)
    private CaseSource source;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Column(name = "queue_id")
    private UUID queueId;
    private String assignee;
    @Column(name = "report_count")
    private int reportCount;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "status_since")
    private Instant statusSince;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "escalation_count")
    private int escalationCount;
    @Column(name = "reopen_count")
    private int reopenCount;
    @Embedded
    private CaseSla sla;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_reporter", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "reporter")
    @BatchSize(size = 100)
    private Set<String> reporters = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_label", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "label")
    @BatchSize(size = 100)
    private Set<String> labels = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_subject", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Subject> subjects = new ArrayList<>();

    protected Case() {
    }

    /** Opens a new case from a first report; it starts as NEW with one report. */
    public static Case open(UUID id, String ref, CaseReport report, Priority priority, String reporter,
            SlaTargets targets, Instant now) {
        Case opened = new Case();
        opened.id = id;
        opened.ref = ref;
        opened.domain = report.domain();
        opened.category = report.category();
        opened.title = report.title();
        opened.description = report.description();
        opened.region = report.region();
        opened.severity = report.severity();
        opened.source = report.source();
        opened.subjects = new ArrayList<>(report.subjects());
        opened.priority = priority;
        opened.status = CaseStatus.NEW;
        opened.reportCount = 1;
        opened.createdBy = reporter;
        opened.createdAt = now;
        opened.updatedAt = now;
        opened.statusSince = now;
        opened.reporters.add(reporter);
        opened.sla = CaseSla.start(targets, now);
        return opened;
    }

    /** A further report about the same subject and category: one more report and reporter, perhaps more urgent. */
    public void attachReport(String reporter, Priority raisedTo, Instant now) {
        reportCount++;
        reporters.add(reporter);
        priority = raisedTo;
        updatedAt = now;
    }

    /** Moves the case through the state machine and keeps the SLA clock in step; returns the history row. */
    public StatusChange transitionTo(CaseStatus to, Move move, SlaTargets targets) {
        CaseStateMachine.check(status, to);
        StatusChange change = new StatusChange(move.changeId(), id, status, to, move.reason(), move.actor(),
                move.at(), Duration.between(statusSince, move.at()));
        if (status == CaseStatus.WAITING) {
            sla.resume(move.at());
        }
        switch (to) {
            case WAITING -> sla.pause(move.at());
            case RESOLVED -> resolve(move.at());
            case REOPENED -> reopen(targets, move.at());
            case ESCALATED -> escalationCount++;
            default -> sla.recordFirstAction(move.at());
        }
        status = to;
        statusSince = move.at();
        updatedAt = move.at();
        return change;
    }

    private void resolve(Instant now) {
        sla.recordFirstAction(now);
        sla.resolve(now);
        resolvedAt = now;
    }

    private void reopen(SlaTargets targets, Instant now) {
        reopenCount++;
        resolvedAt = null;
        sla.restartResolution(targets, now);
    }

    /** Optimistic concurrency: an If-Match naming an older version means the caller acted on stale data. */
    public void requireVersion(OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != version) {
            throw new PreconditionFailedException("Case " + id, expected.getAsLong(), version);
        }
    }

    public void assignTo(String person, Instant now) {
        assignee = person;
        updatedAt = now;
    }

    public void placeIn(UUID queue, Instant now) {
        queueId = queue;
        updatedAt = now;
    }

    public boolean label(String label, Instant now) {
        updatedAt = now;
        return labels.add(label);
    }

    public boolean unlabel(String label, Instant now) {
        updatedAt = now;
        return labels.remove(label);
    }

    /** Brings the SLA state up to now; returns the state before, so the caller can tell and audit a change. */
    public SlaState checkSla(Instant now) {
        SlaState before = sla.evaluate(now);
        if (before != sla.state()) {
            updatedAt = now;
        }
        return before;
    }

    public UUID id() {
        return id;
    }

    public String ref() {
        return ref;
    }

    public String domain() {
        return domain;
    }

    public String category() {
        return category;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String region() {
        return region;
    }

    public Severity severity() {
        return severity;
    }

    public Priority priority() {
        return priority;
    }

    public CaseSource source() {
        return source;
    }

    public CaseStatus status() {
        return status;
    }

    public UUID queueId() {
        return queueId;
    }

    public String assignee() {
        return assignee;
    }

    public int reportCount() {
        return reportCount;
    }

    public String createdBy() {
        return createdBy;
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

    public Instant statusSince() {
        return statusSince;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public int escalationCount() {
        return escalationCount;
    }

    public int reopenCount() {
        return reopenCount;
    }

    public CaseSla sla() {
        return sla;
    }

    public List<String> reporters() {
        return List.copyOf(new TreeSet<>(reporters));
    }

    public List<String> labels() {
        return List.copyOf(new TreeSet<>(labels));
    }

    public List<Subject> subjects() {
        return List.copyOf(subjects);
    }
}
