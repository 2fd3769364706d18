package io.vigil.sop.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExperimentSplitTest {

    private static final UUID EXPERIMENT = UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057");

    @Test
    void theSameTicketAlwaysLandsOnTheSameArm() {
        Arm first = ExperimentSplit.arm(EXPERIMENT, "T-1001", 0.5);
        IntStream.range(0, 100).forEach(i -> assertThat(ExperimentSplit.arm(EXPERIMENT, "T-1001", 0.5)).isEqualTo(first));
    }

    @Test
    void theCandidateGetsItsShareOfTicketsWithinSamplingError() {
        long candidates = IntStream.range(0, 20_000)
                .filter(i -> ExperimentSplit.arm(EXPERIMENT, "T-" + i, 0.2) == Arm.CANDIDATE).count();
        // 20,000 draws at p = 0.2: the standard error is 0.0028, so 4 standard errors is about +-0.011
        assertThat(candidates / 20_000.0).isBetween(0.189, 0.211);
    }

    @Test
    void aLargerShareOnlyMovesTicketsTowardsTheCandidate() {
        IntStream.range(0, 2_000).mapToObj(i -> "T-" + i)
                .filter(t -> ExperimentSplit.arm(EXPERIMENT, t, 0.1) == Arm.CANDIDATE)
                .forEach(t -> assertThat(ExperimentSplit.arm(EXPERIMENT, t, 0.3)).isEqualTo(Arm.CANDIDATE));
    }

    @Test
    void twoExperimentsSplitTheSameTicketsIndependently() {
        UUID other = UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8058");
        long same = IntStream.range(0, 10_000).filter(i -> ExperimentSplit.arm(EXPERIMENT, "T-" + i, 0.5)
                == ExperimentSplit.arm(other, "T-" + i, 0.5)).count();
        assertThat(same / 10_000.0).isBetween(0.47, 0.53);
    }

    @Test
    void bucketsStayInsideTheUnitInterval() {
        IntStream.range(0, 5_000).mapToDouble(i -> ExperimentSplit.bucket(EXPERIMENT, "x" + i))
                .forEach(b -> assertThat(b).isGreaterThanOrEqualTo(0.0).isLessThan(1.0));
    }
}
