package io.vigil.cases.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SamplerTest {

    private static final UUID SHOP = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final UUID LIVE = UUID.fromString("00000000-0000-7000-8000-000000000002");

    /** {@code n} candidates per (queue, investigator) pair, ids made from a fixed generator. */
    private static List<Candidate> population(int n) {
        Random ids = new Random(7);
        List<Candidate> all = new ArrayList<>();
        for (UUID queue : List.of(SHOP, LIVE)) {
            for (String who : List.of("ivy", "ian", "leo")) {
                IntStream.range(0, n).forEach(i -> all.add(new Candidate(new UUID(ids.nextLong(), ids.nextLong()),
                        queue, who, "US", null, null)));
            }
        }
        return all;
    }

    private static SamplingPlan size(SamplingStrategy strategy, int size) {
        return new SamplingPlan(strategy, OptionalInt.of(size), OptionalDouble.empty());
    }

    private static SamplingPlan rate(SamplingStrategy strategy, double rate) {
        return new SamplingPlan(strategy, OptionalInt.empty(), OptionalDouble.of(rate));
    }

    @Test
    void theSameSeedDrawsTheSameCasesWhateverOrderTheRowsComeIn() {
        List<Candidate> rows = population(20);
        List<Candidate> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(99));
        List<Candidate> first = Sampler.draw(rows, size(SamplingStrategy.RANDOM, 10), 42L);
        assertThat(Sampler.draw(shuffled, size(SamplingStrategy.RANDOM, 10), 42L)).isEqualTo(first);
        assertThat(first).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void anotherSeedDrawsOtherCases() {
        List<Candidate> rows = population(20);
        assertThat(Sampler.draw(rows, size(SamplingStrategy.RANDOM, 10), 1L))
                .isNotEqualTo(Sampler.draw(rows, size(SamplingStrategy.RANDOM, 10), 2L));
    }

    @Test
    void aRandomRateIsRoundedUpOverTheWholePopulation() {
        assertThat(Sampler.draw(population(10), rate(SamplingStrategy.RANDOM, 0.05), 5L)).hasSize(3);
    }

    @Test
    void stratifiedDrawsTheQuotaFromEveryQueueAndInvestigator() {
        List<Candidate> drawn = Sampler.draw(population(10), size(SamplingStrategy.STRATIFIED, 2), 11L);
        Map<String, Long> perStratum = drawn.stream().collect(Collectors.groupingBy(Sampler::stratum,
                Collectors.counting()));
        assertThat(perStratum).hasSize(6).allSatisfy((stratum, count) -> assertThat(count).isEqualTo(2L));
    }

    @Test
    void aStratifiedRateTakesAtLeastOneFromEachStratumAndNeverMoreThanItHas() {
        List<Candidate> drawn = Sampler.draw(population(4), rate(SamplingStrategy.STRATIFIED, 0.1), 3L);
        assertThat(drawn).hasSize(6);
        assertThat(drawn.stream().map(Sampler::stratum).distinct()).hasSize(6);
        assertThat(Sampler.draw(population(2), size(SamplingStrategy.STRATIFIED, 50), 3L)).hasSize(12);
    }

    @Test
    void aRateIsNotRoundedUpByBinaryFractions() {
        assertThat(new SamplingPlan(SamplingStrategy.RANDOM, OptionalInt.empty(), OptionalDouble.of(0.07)).quota(100))
                .isEqualTo(7);
    }

    @Test
    void anEmptyPopulationDrawsNothing() {
        assertThat(Sampler.draw(List.of(), size(SamplingStrategy.STRATIFIED, 5), 0L)).isEmpty();
    }

    @Test
    void aPlanHasEitherASizeOrARate() {
        assertThatThrownBy(() -> new SamplingPlan(SamplingStrategy.RANDOM, OptionalInt.of(1), OptionalDouble.of(0.5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SamplingPlan(SamplingStrategy.RANDOM, OptionalInt.empty(),
                OptionalDouble.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
