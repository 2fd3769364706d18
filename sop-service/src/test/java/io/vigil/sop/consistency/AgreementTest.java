package io.vigil.sop.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.sop.consistency.Agreement.Pair;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

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

    /**
     * Fleiss JL, Levin B, Paik MC (2003) Statistical Methods for Rates and Proportions, 3rd ed., section 18.1:
     * two diagnosticians and 100 subjects (psychotic, neurotic, organic); p_o = .89, p_e = .66, kappa = .68.
     */
    @Test
    void kappaOfTheFleissDiagnosisExample() {
        Agreement a = Agreement.of(table(new String[] {"psychotic", "neurotic", "organic"},
                new long[][] {{75, 1, 4}, {5, 4, 1}, {0, 0, 10}}));
        assertThat(a.observed()).isCloseTo(0.89, within(1e-9));
        assertThat(a.kappa()).isCloseTo(0.23 / 0.34, within(1e-9));
        assertThat(a.kappa()).isCloseTo(0.68, within(0.005));
    }

    /**
     * Cohen J (1960) A coefficient of agreement for nominal scales, Educ Psychol Meas 20:37-46, kappa =
     * (p_o - p_c) / (1 - p_c); the 2x2 table (20, 5 / 10, 15) of 50 items gives p_o = .70, p_c = .50, kappa = .40.
     */
    @Test
    void kappaOfATwoByTwoTable() {
        Agreement a = Agreement.of(table(new String[] {"yes", "no"}, new long[][] {{20, 5}, {10, 15}}));
        assertThat(a.kappa()).isCloseTo(0.40, within(1e-9));
        assertThat(a.agreed()).isEqualTo(35);
    }

    /**
     * Gwet KL (2008) Computing inter-rater reliability and its variance in the presence of high agreement,
     * BJMSP 61:29-48: for two raters AC1 = (p_a - p_e) / (1 - p_e) with p_e = 1/(q-1) * sum pi_k (1 - pi_k).
     * In the kappa paradox (one outcome dominates) 118 of 125 agree yet kappa is below zero; by hand
     * pi_+ = 243/250 = .972, p_e = 2 * .972 * .028 = .054432, AC1 = (.944 - .054432) / .945568 = .9408.
     */
    @Test
    void ac1StaysNearObservedAgreementWhereKappaCollapses() {
        Agreement a = Agreement.of(table(new String[] {"REFUND", "REVIEW"}, new long[][] {{118, 5}, {2, 0}}));
        assertThat(a.observed()).isCloseTo(0.944, within(1e-9));
        assertThat(a.kappa()).isCloseTo(-0.0234, within(0.00005));
        assertThat(a.ac1()).isCloseTo(0.9408, within(0.00005));
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
