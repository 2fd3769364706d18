package io.vigil.kit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MetricsShapeTest {

    @Test
    void httpRequestTimersGetLatencyBucketsAndTheApplicationTag() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MetricsShape shape = new MetricsShape("case-service");
        registry.config().meterFilter(shape.applicationTag()).meterFilter(shape.requestHistograms());

        Timer timer = Timer.builder("http.server.requests").register(registry);
        timer.record(Duration.ofMillis(30));

        CountAtBucket[] buckets = timer.takeSnapshot().histogramCounts();
        assertThat(buckets).hasSize(10);
        assertThat(buckets[3].count()).as("the 50 ms bucket holds the 30 ms request").isEqualTo(1);
        assertThat(buckets[2].count()).as("the 25 ms bucket does not").isZero();
        assertThat(timer.getId().getTag("application")).isEqualTo("case-service");
    }

    @Test
    void otherTimersKeepTheirOwnDistribution() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(MetricsShape.requestHistogramFilter());

        Timer timer = Timer.builder("vigil.audit.relay").register(registry);
        timer.record(Duration.ofMillis(30));

        assertThat(timer.takeSnapshot().histogramCounts()).isEmpty();
    }
}
