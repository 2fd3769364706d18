package io.vigil.cases;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_subject", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<Subject> subjects = new ArrayList<>();

    protected Case() {
    }

    /** Opens a new case from a first report; it starts as NEW with one report. */
    public static Case open(UUID id, String ref, CaseReport report, Priority priority, String reporter,
            Instant now) {
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
        return opened;
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

    public List<Subject> subjects() {
        return List.copyOf(subjects);
    }
}
