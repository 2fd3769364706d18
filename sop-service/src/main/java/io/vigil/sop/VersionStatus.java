package io.vigil.sop;

/** Where a version stands in review and publication (DESIGN.md section 5). */
public enum VersionStatus {
    DRAFT, IN_REVIEW, APPROVED, REJECTED, PUBLISHED, RETIRED
}
