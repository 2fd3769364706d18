package io.vigil.kit.trace;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns span export on at run time: Quarkus fixes the trace exporter at build time, so every image carries the
 * OTLP exporter and this sampler decides whether spans are recorded at all. Without a collector nothing is
 * sampled, yet trace ids are still created, logged and propagated in {@code traceparent}.
 */
@Singleton
public class TraceExport {

    private final Optional<String> endpoint;

    TraceExport(@ConfigProperty(name = "vigil.otel.endpoint") Optional<String> endpoint) {
        this.endpoint = endpoint;
    }

    @Produces
    @Singleton
    Sampler sampler() {
        return samplerFor(endpoint);
    }

    /** Samples every trace a caller did not already decide on when a collector is named, none otherwise. */
    static Sampler samplerFor(Optional<String> endpoint) {
        return endpoint.filter(value -> !value.isBlank()).isPresent()
                ? Sampler.parentBased(Sampler.alwaysOn())
                : Sampler.alwaysOff();
    }
}
