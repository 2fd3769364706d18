package io.vigil.sop.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.sop.consistency.Agreement.Pair;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Kappa and AC1 against worked examples printed in the literature, compared at the precision they were printed
 * with (a value printed as .68 must round to .68), and the arithmetic they print (p_o, p_e) checked exactly.
 */
class AgreementTest {

    private static Map<Pair, Long> table(String[] categories, long[][] counts) {
        Map<Pair, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i].length; j++) {
                if (counts[i][j] > 0) {
                    cells.put(new Pair(categories[i], categories[j]), counts[i][j]);
                }
            }
        }
        return cells;
    }

    private static double rounded(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /**
     * Fleiss JL, Levin B, Paik MC (2003) Statistical Methods for Rates and Proportions, 3rd ed., Wiley, chapter 18
     * (The measurement of interrater agreement), Table 18.1: two raters diagnose 100 subjects as psychotic,
     * neurotic or organic, cell proportions .75 .01 .04 / .05 .04 .01 / .00 .00 .10; the text gives
     * p_o = .89, p_e = .66 and kappa = (.89 - .66) / (1 - .66) = .68.
     */
    @Test
    void kappaOfTheFleissLevinPaikDiagnosisTable() {
        Agreement a = Agreement.of(table(new String[] {"psychotic", "neurotic", "organic"},
                new long[][] {{75, 1, 4}, {5, 4, 1}, {0, 0, 10}}));
        assertThat(a.observed()).isCloseTo(0.89, within(1e-12));
        assertThat(a.kappa()).isCloseTo((0.89 - 0.66) / (1 - 0.66), within(1e-12));
        assertThat(rounded(a.kappa(), 2)).isEqualTo(0.68);
    }

    /**
     * Cohen J (1960) A coefficient of agreement for nominal scales, Educational and Psychological Measurement
     * 20(1):37-46, the worked example: two judges place 200 cases in three categories (88 14 18 / 10 40 10 / 2 6 12);
     * p_o = .70, p_c = .41, kappa = (.70 - .41) / (1 - .41) = .49.
     */
    @Test
    void kappaOfCohensOwnExample() {
        Agreement a = Agreement.of(table(new String[] {"first", "second", "third"},
                new long[][] {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}}));
        assertThat(a.total()).isEqualTo(200);
        assertThat(a.observed()).isCloseTo(0.70, within(1e-12));
        assertThat(a.kappa()).isCloseTo((0.70 - 0.41) / (1 - 0.41), within(1e-12));
        assertThat(rounded(a.kappa(), 2)).isEqualTo(0.49);
    }

    /**
     * Gwet KL (2014) Handbook of Inter-Rater Reliability, 4th ed., Advanced Analytics: two abstractors classify 100
     * pregnancies as ectopic, abnormal intrauterine or normal intrauterine (13 0 0 / 0 20 7 / 0 4 56); kappa .796 and
     * AC1 .849 (to three decimals, as the book's author's R package irrCAC reports them for this data set,
     * cont3x3abstractors).
     */
    @Test
    void kappaAndAc1OfGwetsAbstractorTable() {
        Agreement a = Agreement.of(table(new String[] {"Ectopic", "AIU", "NIU"},
                new long[][] {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}}));
        assertThat(a.observed()).isCloseTo(0.89, within(1e-12));
        assertThat(rounded(a.kappa(), 3)).isEqualTo(0.796);
        assertThat(rounded(a.ac1(), 3)).isEqualTo(0.849);
    }

    /**
     * The paradox AC1 answers (Gwet 2008, BJMSP 61:29-48): when one outcome dominates, kappa's chance term nearly
     * equals the observed agreement, so kappa falls to about zero at 94% agreement while AC1 stays near it.
     */
    @Test
    void ac1StaysNearObservedAgreementWhereKappaCollapses() {
        Agreement a = Agreement.of(table(new String[] {"REFUND", "REVIEW"}, new long[][] {{118, 5}, {2, 0}}));
        assertThat(a.observed()).isCloseTo(118 / 125.0, within(1e-12));
        assertThat(a.kappa()).isNegative();
        assertThat(a.ac1()).isGreaterThan(0.9).isLessThan(a.observed());
    }

    @Test
    void perfectAgreementOnOneOutcomeHasNoChanceCorrectedCoefficient() {
        Agreement a = Agreement.of(Map.of(new Pair("REFUND", "REFUND"), 40L));
        assertThat(a.observed()).isEqualTo(1.0);
        assertThat(a.kappa()).isNull();
        assertThat(a.ac1()).isNull();
    }

    @Test
    void noDecisionsMeansNoRates() {
        assertThat(Agreement.of(Map.of())).isEqualTo(new Agreement(0, 0, null, null, null));
    }
}
