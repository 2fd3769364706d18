package io.vigil.cases.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Where pages to the on-shift lead go and how their delivery is retried; see the README's configuration table. */
@ConfigMapping(prefix = "vigil.cases.notifications")
public interface NotificationConfig {

    Webhook webhook();

    /** How often the dispatcher looks for due notifications (a Quarkus scheduler period, or {@code off}). */
    @WithDefault("2s")
    String dispatchInterval();

    /** Notifications sent per dispatcher cycle. */
    @WithDefault("50")
    int batchSize();

    /** How long one delivery attempt may take. */
    @WithDefault("5s")
    Duration timeout();

    /** The wait after the first failed attempt; it doubles with each further failure. */
    @WithDefault("10s")
    Duration initialBackoff();

    @WithDefault("30m")
    Duration maxBackoff();

    /** Attempts before a notification is given up as FAILED. */
    @WithDefault("10")
    int maxAttempts();

    /** The receiver; without a URL nothing is paged and the timeline says so. */
    interface Webhook {

        Optional<URI> url();

        /** The shared HMAC secret ({@code whsec_<base64>} or any string), from an environment variable. */
        Optional<String> secret();
    }
}
