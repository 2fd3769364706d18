package io.vigil.audit.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** Where the relay delivers and how hard it tries; see the README for every key. */
@ConfigMapping(prefix = "vigil.audit-client")
public interface AuditClientConfig {

    /** The producer name written into every envelope. */
    @WithDefault("${quarkus.application.name}")
    String producer();

    /** Base URL of audit-service, for example {@code http://127.0.0.1:8083}. */
    @WithDefault("http://127.0.0.1:8083")
    URI url();

    Relay relay();

    /** Relay tuning. */
    interface Relay {

        /** How often the relay looks for events (a Quarkus scheduler period, or {@code off}). */
        @WithDefault("1s")
        String interval();

        /** Delay after start before the first cycle. */
        @WithDefault("2s")
        String delay();

        /** Events per POST; audit-service accepts at most 1,000. */
        @WithDefault("1000")
        int batchSize();

        /** First retry delay after a failed delivery; doubles per failure. */
        @WithDefault("1s")
        Duration initialBackoff();

        /** Upper bound of the retry delay. */
        @WithDefault("5m")
        Duration maxBackoff();

        /** How long one POST may take. */
        @WithDefault("30s")
        Duration timeout();
    }
}
