package io.vigil.cases.quality;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * What a lead asks to sample: cases resolved in [{@code from}, {@code to}), narrowed by region, queue or
 * investigator, drawn by {@code plan}; a seed reproduces an earlier draw, and one is chosen when absent.
 */
public record SampleRequest(Instant from, Instant to, SamplingPlan plan, OptionalLong seed, Optional<String> region,
        Optional<UUID> queueId, Optional<String> investigator) {
}
