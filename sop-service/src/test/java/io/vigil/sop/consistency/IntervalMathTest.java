package io.vigil.sop.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Wilson and Newcombe intervals against the published tables: each limit, rounded as printed, must equal it. */
class IntervalMathTest {

    private static double fourPlaces(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static void assertInterval(Interval actual, double low, double high) {
        assertThat(fourPlaces(actual.low())).as("lower limit").isEqualTo(low);
        assertThat(fourPlaces(actual.high())).as("upper limit").isEqualTo(high);
    }

    /**
     * Newcombe RG (1998) Two-sided confidence intervals for the single proportion: comparison of seven methods.
     * Statistics in Medicine 17:857-872, Table I, method 3 (Wilson's score interval without continuity
     * correction, Wilson 1927), limits printed to four decimals.
     */
    @Nested
    class WilsonScoreInterval {

        @Test
        void eightyOneOutOf263() {
            assertInterval(Wilson.of(81, 263), 0.2553, 0.3662);
        }

        @Test
        void fifteenOutOf148() {
            assertInterval(Wilson.of(15, 148), 0.0624, 0.1605);
        }

        @Test
        void noneOutOfTwentyStillHasAnUpperBound() {
            assertInterval(Wilson.of(0, 20), 0.0, 0.1611);
        }

        @Test
        void oneOutOf29() {
            assertInterval(Wilson.of(1, 29), 0.0061, 0.1718);
        }

        @Test
        void anEmptySampleHasNoInterval() {
            assertThatThrownBy(() -> Wilson.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /**
     * Newcombe RG (1998) Interval estimation for the difference between independent proportions: comparison of
     * eleven methods. Statistics in Medicine 17:873-890, Table II, examples (a)-(h), method 10 (the hybrid score
     * interval from Wilson limits, no continuity correction), limits printed to four decimals.
     */
    @Nested
    class NewcombeDifference {

        @Test
        void exampleA56of70Versus48of80() {
            Interval d = Newcombe.difference(56, 70, 48, 80);
            assertThat(d.estimate()).isCloseTo(0.2, within(1e-12));
            assertInterval(d, 0.0524, 0.3339);
        }

        @Test
        void exampleB9of10Versus3of10() {
            assertInterval(Newcombe.difference(9, 10, 3, 10), 0.1705, 0.8090);
        }

        @Test
        void exampleC6of7Versus2of7() {
            assertInterval(Newcombe.difference(6, 7, 2, 7), 0.0582, 0.8062);
        }

        @Test
        void exampleD5of56Versus0of29() {
            assertInterval(Newcombe.difference(5, 56, 0, 29), -0.0381, 0.1926);
        }

        @Test
        void exampleE0of10Versus0of20() {
            Interval d = Newcombe.difference(0, 10, 0, 20);
            assertInterval(d, -0.1611, 0.2775);
            assertThat(d.excludesZero()).isFalse();
        }

        @Test
        void exampleF0of10Versus0of10() {
            Interval d = Newcombe.difference(0, 10, 0, 10);
            assertInterval(d, -0.2775, 0.2775);
            assertThat(d.estimate()).isZero();
        }

        @Test
        void exampleG10of10Versus0of20() {
            Interval d = Newcombe.difference(10, 10, 0, 20);
            assertInterval(d, 0.6791, 1.0);
            assertThat(d.excludesZero()).isTrue();
        }

        @Test
        void exampleH10of10Versus0of10() {
            assertInterval(Newcombe.difference(10, 10, 0, 10), 0.6075, 1.0);
        }
    }
}
