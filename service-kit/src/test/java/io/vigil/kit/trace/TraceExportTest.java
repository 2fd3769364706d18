package io.vigil.kit.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TraceExportTest {

    @Test
    void noCollectorMeansNoSpanIsRecorded() {
        assertThat(TraceExport.samplerFor(Optional.empty()).getDescription())
                .isEqualTo(Sampler.alwaysOff().getDescription());
    }

    @Test
    void aBlankEndpointCountsAsNoCollector() {
        assertThat(TraceExport.samplerFor(Optional.of("  ")).getDescription())
                .isEqualTo(Sampler.alwaysOff().getDescription());
    }

    @Test
    void aCollectorMeansEveryNewTraceIsRecordedAndCallersDecisionsAreKept() {
        assertThat(TraceExport.samplerFor(Optional.of("http://otel-collector:4317")).getDescription())
                .isEqualTo(Sampler.parentBased(Sampler.alwaysOn()).getDescription());
    }
}
