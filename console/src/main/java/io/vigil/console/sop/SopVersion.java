package io.vigil.console.sop;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Figures;
import io.vigil.console.format.Times;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A version as sop-service shows it. The tree and the test suite themselves are read as the outline and the test
 * report, which is what people review; the status stays a string so a status added later still renders.
 */
@RegisterForReflection
public record SopVersion(String sop, int number, String status, String changeNote, String steps,
        TestReport testReport, String author, String approver, String reviewNote, String publisher,
        Integer copiedFrom, Instant createdAt, Instant updatedAt, Instant submittedAt, Instant reviewedAt,
        Instant publishedAt, Instant effectiveFrom, Instant retiredAt, long version) {

    /** The lifecycle in order (DESIGN.md section 5), for the progress line on the version page. */
    static final List<String> LIFECYCLE = List.of("DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED", "RETIRED");

    public String statusLabel() {
        return status == null ? "" : status.replace('_', ' ');
    }

    public String statusClass() {
        return status == null ? "unknown" : status.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    public boolean is(String state) {
        return state.equals(status);
    }

    /** Approved, published or retired versions have been used for real, so they have live figures. */
    public boolean live() {
        return is("APPROVED") || is("PUBLISHED") || is("RETIRED");
    }

    public String testRate() {
        return testReport == null ? "not run" : Figures.percent(testReport.rate());
    }

    public String created() {
        return Times.utc(createdAt);
    }

    public String submitted() {
        return Times.utc(submittedAt);
    }

    public String reviewed() {
        return Times.utc(reviewedAt);
    }

    public String published() {
        return Times.utc(publishedAt);
    }

    public String effective() {
        return Times.utc(effectiveFrom);
    }

    public String retired() {
        return Times.utc(retiredAt);
    }

    /** The quoted ETag sop-service issued for this state of the version, for If-Match. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
