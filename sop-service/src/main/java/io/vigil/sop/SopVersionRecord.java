package io.vigil.sop;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The content and the who-and-when of a version, kept apart from {@link SopVersion} so its lifecycle rules
 * read on one screen. Only the lifecycle methods of the subclass write these fields.
 */
@MappedSuperclass
abstract class SopVersionRecord {

    @Column(name = "change_note")
    private String changeNote;
    private String steps;
    @Column(name = "decision_tree")
    private String decisionTree;
    @Column(name = "test_suite")
    private String testSuite;
    private String author;
    private String approver;
    private String publisher;
    @Column(name = "review_note")
    private String reviewNote;
    @Column(name = "copied_from")
    private Integer copiedFrom;
    @Column(name = "test_report")
    private String testReport;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "effective_from")
    private Instant effectiveFrom;
    @Column(name = "retired_at")
    private Instant retiredAt;

    void start(VersionContent content, String author, Integer copiedFrom, Instant now) {
        this.author = author;
        this.copiedFrom = copiedFrom;
        this.createdAt = now;
        replaceContent(content, now);
    }

    void replaceContent(VersionContent content, Instant now) {
        changeNote = content.changeNote();
        steps = content.steps();
        decisionTree = content.decisionTree();
        testSuite = content.testSuite();
        touch(now);
    }

    void recordSubmission(String report, Instant now) {
        testReport = report;
        submittedAt = now;
    }

    void recordReview(String reviewer, String note, Instant now) {
        approver = reviewer;
        reviewNote = note;
        reviewedAt = now;
    }

    void recordPublication(String by, Instant from, Instant now) {
        publisher = by;
        publishedAt = now;
        effectiveFrom = from;
    }

    void recordRetirement(Instant at, Instant now) {
        retiredAt = at;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    public VersionContent content() {
        return new VersionContent(changeNote, steps, decisionTree, testSuite);
    }

    public String author() {
        return author;
    }

    public String approver() {
        return approver;
    }

    public String publisher() {
        return publisher;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public Integer copiedFrom() {
        return copiedFrom;
    }

    public String testReport() {
        return testReport;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant effectiveFrom() {
        return effectiveFrom;
    }

    public Instant retiredAt() {
        return retiredAt;
    }
}
