package io.vigil.sop.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** sop-service settings under {@code vigil.sop}. */
@ConfigMapping(prefix = "vigil.sop")
public interface SopConfig {

    /** The lowest test-suite consistency rate (0..1) at which a version may be published. */
    @WithDefault("1.0")
    double publishGate();

    Cel cel();

    Ab ab();

    EffectiveCache effectiveCache();

    /** Days after a version takes effect by which its audience should have acknowledged it. */
    @WithDefault("14")
    int acknowledgeWithinDays();

    /** How long a creation's first answer is replayed to retries with the same Idempotency-Key (at least 24 h). */
    @WithDefault("24h")
    Duration idempotencyRetention();

    /** When an A/B comparison may call a winner. */
    interface Ab {

        /** Decisions each version needs before any verdict. */
        @WithDefault("30")
        long minSample();

        /** A difference interval wider than this cannot rule out a real difference, so it is "too small to tell". */
        @WithDefault("0.2")
        double maxIntervalWidth();
    }

    /** How each replica keeps the version in effect of every SOP in memory for evaluation. */
    interface EffectiveCache {

        /**
         * The longest a replica trusts what it read: publications normally reach every replica within
         * milliseconds (PostgreSQL NOTIFY), and this bounds staleness when one is lost.
         */
        @WithDefault("10s")
        Duration ttl();

        /** Whether to LISTEN for other replicas' publications; off, only the TTL bounds staleness. */
        @WithDefault("true")
        boolean listen();
    }

    /** Limits that keep an author's expression from costing the service more than a few microseconds. */
    interface Cel {

        @WithDefault("500")
        int maxExpressionLength();

        /** Evaluation steps (AST nodes visited) one expression may take. */
        @WithDefault("200")
        int maxSteps();

        /**
         * Steps all conditions of one walk may take together: evaluation runs on the I/O thread, so its cost must
         * be bounded by configuration rather than by the size of the tree an author saved.
         */
        @WithDefault("2000")
        int maxWalkSteps();

        /**
         * A backstop only: the step budget is what bounds cost deterministically, and a tight wall-clock limit
         * would make a loaded machine fail test suites at random.
         */
        @WithDefault("250")
        int timeoutMillis();
    }
}
