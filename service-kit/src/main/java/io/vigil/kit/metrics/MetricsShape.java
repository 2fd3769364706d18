package io.vigil.kit.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Shapes every application's metrics the same way for the shared dashboard and alert rules: an
 * {@code application} tag on every meter, and latency histograms for HTTP requests so percentiles can be
 * aggregated across replicas (a per-instance summary cannot be).
 */
@Singleton
public class MetricsShape {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    private final String application;

    MetricsShape(@ConfigProperty(name = "quarkus.application.name") String application) {
        this.application = application;
    }

    @Produces
    @Singleton
    MeterFilter applicationTag() {
        return MeterFilter.commonTags(Tags.of("application", application));
    }

    @Produces
    @Singleton
    MeterFilter requestHistograms() {
        return requestHistogramFilter();
    }

    /** Buckets from 5 ms to 10 s around the latency budgets; only for HTTP server requests. */
    static MeterFilter requestHistogramFilter() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!HTTP_SERVER_REQUESTS.equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(nanos(0.005), nanos(0.01), nanos(0.025), nanos(0.05),
                                nanos(0.1), nanos(0.25), nanos(0.5), nanos(1), nanos(2.5), nanos(10))
                        .build().merge(config);
            }
        };
    }

    private static double nanos(double seconds) {
        return Duration.ofNanos((long) (seconds * 1_000_000_000L)).toNanos();
    }
}
