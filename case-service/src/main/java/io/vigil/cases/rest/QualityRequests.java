package io.vigil.cases.rest;

import io.vigil.cases.quality.OutcomeAgreement;
import io.vigil.cases.quality.SampleRequest;
import io.vigil.cases.quality.SamplingPlan;
import io.vigil.cases.quality.SamplingStrategy;
import io.vigil.cases.quality.Scoring;
import io.vigil.kit.problem.InvalidRequestException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/** The bodies of the QA commands. */
final class QualityRequests {

    private QualityRequests() {
    }

    /**
     * POST /api/quality/samples: cases resolved in [from, to), drawn by {@code strategy} with either {@code size}
     * (cases, overall or per stratum) or {@code rate} (share, rounded up); {@code seed} reproduces a draw.
     */
    public record Sample(@NotNull Instant from, @NotNull Instant to, @NotNull SamplingStrategy strategy,
            @Min(1) @Max(500) Integer size,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double rate,
            Long seed,
            @Pattern(regexp = IncidentRequests.REGION, message = IncidentRequests.REGION_MESSAGE) String region,
            UUID queueId,
            @Pattern(regexp = IncidentRequests.PERSON, message = IncidentRequests.PERSON_MESSAGE)
            String investigator) {

        SampleRequest toRequest() {
            if ((size == null) == (rate == null)) {
                throw new InvalidRequestException("size", "give either size or rate, not both and not neither");
            }
            SamplingPlan plan = new SamplingPlan(strategy, size == null ? OptionalInt.empty() : OptionalInt.of(size),
                    rate == null ? OptionalDouble.empty() : OptionalDouble.of(rate));
            return new SampleRequest(from, to, plan, seed == null ? OptionalLong.empty() : OptionalLong.of(seed),
                    Optional.ofNullable(region), Optional.ofNullable(queueId), Optional.ofNullable(investigator));
        }
    }

    /** POST /api/quality/reviews/{id}/score: a score per rubric criterion and agreement with the outcome. */
    public record Score(@NotNull Map<String, @NotNull Integer> scores, @NotNull OutcomeAgreement agreement,
            @Size(max = 4000) String comment) {

        Scoring toScoring() {
            return new Scoring(scores, agreement, comment);
        }
    }
}
