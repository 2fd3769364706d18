package io.vigil.sop.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.sop.consistency.Comparison.Verdict;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void fewerDecisionsThanTheMinimumAreTooFewToTellEvenWhenTheRatesDiffer() {
        assertThat(Comparison.of(3, 10, 9, 10, 30, 0.2).verdict()).isEqualTo(Verdict.SAMPLE_TOO_SMALL);
    }

    @Test
    void anIntervalAboveZeroNamesTheSecondVersionBetter() {
        // Newcombe 1998 example (a) with the arms swapped: b = 56/70, a = 48/80, interval 0.0524 to 0.3339
        Comparison c = Comparison.of(48, 80, 56, 70, 30, 0.4);
        assertThat(c.verdict()).isEqualTo(Verdict.B_BETTER);
        assertThat(c.difference().low()).isGreaterThan(0.05);
    }

    @Test
    void anIntervalBelowZeroNamesTheFirstVersionBetter() {
        assertThat(Comparison.of(56, 70, 48, 80, 30, 0.4).verdict()).isEqualTo(Verdict.A_BETTER);
    }

    @Test
    void aWideIntervalAroundZeroIsStillTooSmallToTell() {
        assertThat(Comparison.of(40, 50, 41, 50, 30, 0.2).verdict()).isEqualTo(Verdict.SAMPLE_TOO_SMALL);
    }

    @Test
    void aNarrowIntervalAroundZeroMeansNoClearDifference() {
        assertThat(Comparison.of(900, 1000, 905, 1000, 30, 0.2).verdict()).isEqualTo(Verdict.NO_CLEAR_DIFFERENCE);
    }
}
