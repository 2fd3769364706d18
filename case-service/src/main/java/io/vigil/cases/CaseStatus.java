package io.vigil.cases;

/** Where a case stands in its life (DESIGN.md section 4); transitions between them are checked in one place. */
public enum CaseStatus {
    NEW, TRIAGED, IN_PROGRESS, WAITING, ESCALATED, RESOLVED, CLOSED, REOPENED;

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }
}
