package io.vigil.console.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Where the charts put things: every figure below follows from the 150-500 pixel plot and 30 pixel rows. */
class ChartGeometryTest {

    @Nested
    class Scales {

        @Test
        void theDomainsEndsLandOnThePlotsEdgesAndValuesBetweenInProportion() {
            Scale scale = new Scale(0, 1, 150, 500);

            assertThat(scale.x(0)).isEqualTo(150);
            assertThat(scale.x(1)).isEqualTo(500);
            assertThat(scale.x(0.5)).isEqualTo(325);
        }

        @Test
        void valuesOutsideTheDomainAreClampedToItsEdges() {
            Scale scale = new Scale(-1, 1, 150, 500);

            assertThat(scale.x(-1.2)).isEqualTo(150);
            assertThat(scale.x(7)).isEqualTo(500);
        }

        @Test
        void anEmptyDomainIsRefused() {
            assertThatThrownBy(() -> new Scale(1, 1, 150, 500)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Intervals {

        @Test
        void eachRowHasItsWhiskerAndDotAtTheScaledFigures() {
            IntervalChart chart = IntervalChart.of("c", "Consistency", List.of(
                    new IntervalChart.Point("v1", 0.5, 0.25, 0.75, "50%"),
                    new IntervalChart.Point("v2", 0.9, 0.8, 1.0, "90%")), 0, 1, Ticks.SHARES, v -> v + "");

            IntervalChart.Row second = chart.rows().get(1);
            assertThat(chart.rows().get(0).y()).isEqualTo(23);
            assertThat(second.y()).isEqualTo(53);
            assertThat(chart.rows().get(0).xEstimate()).isEqualTo(325);
            assertThat(chart.rows().get(0).xLow()).isEqualTo(237.5);
            assertThat(second.xHigh()).isEqualTo(500);
            assertThat(chart.height()).isEqualTo(8 + 2 * 30 + 28);
            assertThat(chart.axisY()).isEqualTo(8 + 2 * 30 + 4);
            assertThat(chart.ticks()).extracting(Tick::x).containsExactly(150.0, 237.5, 325.0, 412.5, 500.0);
            assertThat(chart.zeroX()).isNull();
            assertThat(chart.summary()).isEqualTo("v1: 50%; v2: 90%");
        }

        @Test
        void aSignedDomainDrawsAZeroLineAndAPointWithoutIntervalIsADot() {
            IntervalChart chart = IntervalChart.of("k", "Kappa", List.of(new IntervalChart.Point("v1", 0.5, null, null,
                    "0.50")), -1, 1, Ticks.SIGNED, v -> v + "");

            assertThat(chart.zeroX()).isEqualTo(325);
            IntervalChart.Row row = chart.rows().get(0);
            assertThat(row.xLow()).isEqualTo(row.xEstimate()).isEqualTo(row.xHigh()).isEqualTo(412.5);
        }

        @Test
        void aRowWithoutDataIsMarkedSoNothingIsDrawnForIt() {
            IntervalChart chart = IntervalChart.of("c", "t", List.of(new IntervalChart.Point("v3", null, null, null,
                    "no decisions yet")), 0, 1, Ticks.SHARES, v -> v + "");

            assertThat(chart.rows().get(0).hasData()).isFalse();
            assertThat(chart.summary()).isEqualTo("v3: no decisions yet");
        }
    }

    @Nested
    class Bars {

        @Test
        void aBarRunsFromTheAxisToItsValueAndAMissingValueHasNoBar() {
            BarChart chart = BarChart.of("b", "SLA", List.of(new BarChart.Point("shop", 0.875, "87.5%"),
                    new BarChart.Point("ads", null, "none")), 1, Ticks.SHARES, v -> v + "");

            assertThat(chart.bars().get(0).x()).isEqualTo(150);
            assertThat(chart.bars().get(0).barWidth()).isEqualTo(306.3);
            assertThat(chart.bars().get(0).top()).isEqualTo(13);
            assertThat(chart.bars().get(0).thickness()).isEqualTo(20);
            assertThat(chart.bars().get(1).hasData()).isFalse();
            assertThat(chart.bars().get(1).barWidth()).isZero();
        }

        @Test
        void stackedSegmentsFollowEachOtherOnOneScaleUpToANiceCeilingAndEmptyOnesAreLeftOut() {
            StackedBarChart chart = StackedBarChart.of("s", "Backlog", List.of("a", "b", "c", "d", "e"), List.of(
                    new StackedBarChart.Group("shop", List.of(10L, 5L, 2L, 1L, 0L)),
                    new StackedBarChart.Group("ads", List.of(0L, 0L, 0L, 0L, 4L))));

            List<StackedBarChart.Segment> shop = chart.bars().get(0).segments();
            assertThat(shop).extracting(StackedBarChart.Segment::x).containsExactly(150.0, 325.0, 412.5, 447.5);
            assertThat(shop).extracting(StackedBarChart.Segment::segmentWidth).containsExactly(175.0, 87.5, 35.0, 17.5);
            assertThat(chart.bars().get(0).total()).isEqualTo(18);
            assertThat(chart.bars().get(1).segments()).singleElement()
                    .satisfies(s -> assertThat(s.series()).isEqualTo(4)).satisfies(s -> assertThat(s.x()).isEqualTo(150));
            assertThat(chart.ticks()).extracting(Tick::label).containsExactly("0", "5", "10", "15", "20");
            assertThat(chart.summary()).startsWith("shop: 18 open (10 a, 5 b, 2 c, 1 d); ads: 4 open (4 e)");
        }
    }

    @Nested
    class Ranges {

        @Test
        void theMedianAndNinetiethPercentileSitOnATimeAxisOfRoundSteps() {
            long step = Ticks.durationStep(7_200);
            List<Double> ticks = Ticks.durations(7_200, step);
            RangeChart chart = RangeChart.of("r", "First action", List.of(new RangeChart.Point("shop", 1_800.0, 7_200.0,
                    "x"), new RangeChart.Point("ads", null, null, "nothing")), v -> v + "", ticks, ticks.get(ticks.size() - 1));

            assertThat(step).isEqualTo(1_800);
            assertThat(ticks).containsExactly(0.0, 1_800.0, 3_600.0, 5_400.0, 7_200.0);
            assertThat(chart.rows().get(0).xMedian()).isEqualTo(237.5);
            assertThat(chart.rows().get(0).xP90()).isEqualTo(500);
            assertThat(chart.rows().get(1).hasData()).isFalse();
        }
    }

    @Nested
    class RoundNumbers {

        @Test
        void niceCeilingsAreOneTwoOrFiveTimesAPowerOfTen() {
            assertThat(Ticks.niceCeiling(1)).isEqualTo(1);
            assertThat(Ticks.niceCeiling(18)).isEqualTo(20);
            assertThat(Ticks.niceCeiling(21)).isEqualTo(50);
            assertThat(Ticks.niceCeiling(101)).isEqualTo(200);
            assertThat(Ticks.niceCeiling(1000)).isEqualTo(1000);
        }

        @Test
        void durationStepsGrowFromMinutesToMonths() {
            assertThat(Ticks.durationStep(60)).isEqualTo(60);
            assertThat(Ticks.durationStep(259_200)).isEqualTo(86_400);
            assertThat(Ticks.durationStep(40 * 86_400)).isEqualTo(1_209_600);
            assertThat(Ticks.durationStep(400 * 86_400)).isEqualTo(3 * 2_592_000);
        }
    }

    @Nested
    class Labels {

        @Test
        void aLabelThatWouldRunPastTheLeftEdgeIsShortenedAndTheDescriptionKeepsItWhole() {
            BarChart chart = BarChart.of("b", "Backlog", List.of(
                    new BarChart.Point("Counterfeit watch 2a580837", 3.0, "3"), new BarChart.Point("Refunds", 1.0, "1")),
                    4, List.of(0.0, 4.0), v -> Integer.toString((int) v));

            assertThat(chart.bars()).extracting(BarChart.Bar::label)
                    .containsExactly("Counterfeit watc\u2026", "Refunds");
            assertThat(chart.summary()).contains("Counterfeit watch 2a580837: 3");
        }
    }
}
