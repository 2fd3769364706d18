package io.vigil.audit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** The audit log's identity (checkpoint origin and signing key) and how its sequencer paces itself. */
@ConfigMapping(prefix = "vigil.audit")
public interface AuditConfig {

    /** The checkpoint origin line, unique per log. */
    String origin();

    /** The Ed25519 signing key in C2SP note private-key form ({@code PRIVATE+KEY+name+hash+key}). */
    String signingKey();

    Sequencer sequencer();

    Export export();

    Privacy privacy();

    Retention retention();

    /** Sealing personal data. */
    interface Privacy {

        /** Base64 of 32 bytes: the AES-256 key that wraps every subject's data key. */
        String masterKey();
    }

    /** How long each event class (an action's first segment, such as {@code case}) is kept. */
    interface Retention {

        /** Retention of classes not listed in {@link #classes()}. */
        @WithDefault("P3650D")
        Duration defaultPeriod();

        /** Retention per class. */
        Map<String, Duration> classes();
    }

    /** Where finished export bundles are kept. */
    interface Export {

        @WithDefault("${java.io.tmpdir}/vigil-audit-exports")
        String directory();
    }

    /** Sequencer pacing. */
    interface Sequencer {

        /** How often the leader drains the queue and a standby tries to take over (a scheduler period). */
        @WithDefault("200ms")
        String interval();

        /** Events appended per transaction. */
        @WithDefault("1000")
        int batchSize();

        /** Minimum time between checkpoints; with the interval it keeps them under a second apart. */
        @WithDefault("500ms")
        Duration checkpointInterval();
    }
}
