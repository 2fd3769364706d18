package io.vigil.cases.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.cases.CaseStatus;
import org.junit.jupiter.api.Test;

class ResolutionPathTest {

    @Test
    void aNewReviewCaseIsTriagedWorkedAndResolved() {
        assertThat(ResolutionPath.from(CaseStatus.NEW))
                .containsExactly(CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED);
    }

    @Test
    void aCaseAlreadyWorkedIsResolvedDirectly() {
        assertThat(ResolutionPath.from(CaseStatus.IN_PROGRESS)).containsExactly(CaseStatus.RESOLVED);
        assertThat(ResolutionPath.from(CaseStatus.WAITING)).containsExactly(CaseStatus.RESOLVED);
        assertThat(ResolutionPath.from(CaseStatus.ESCALATED)).containsExactly(CaseStatus.RESOLVED);
    }

    @Test
    void aReopenedCaseIsWorkedAgainBeforeItIsResolved() {
        assertThat(ResolutionPath.from(CaseStatus.REOPENED)).containsExactly(CaseStatus.IN_PROGRESS,
                CaseStatus.RESOLVED);
    }

    @Test
    void aResolvedOrClosedCaseNeedsNoWalk() {
        assertThat(ResolutionPath.from(CaseStatus.RESOLVED)).isEmpty();
        assertThat(ResolutionPath.from(CaseStatus.CLOSED)).isEmpty();
    }
}
