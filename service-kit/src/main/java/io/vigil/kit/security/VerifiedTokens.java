package io.vigil.kit.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens this replica has already verified, so a client that repeats its token is not verified again.
 * Entries are keyed by the SHA-256 of the exact token (a changed byte is another key, verified afresh), never
 * outlive the token's {@code exp}, live at most {@code maxTtl} (the bound on how long a retired signing key keeps
 * working here), and the cache holds at most {@code maxSize} of them: when full it drops expired entries and, if
 * still full, keeps no new one, so tokens are then simply verified each time.
 */
public final class VerifiedTokens<T> {

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final int maxSize;
    private final Duration maxTtl;
    private final Clock clock;

    public VerifiedTokens(int maxSize, Duration maxTtl, Clock clock) {
        if (maxSize < 0 || maxTtl.isNegative()) {
            throw new IllegalArgumentException("maxSize and maxTtl must not be negative");
        }
        this.maxSize = maxSize;
        this.maxTtl = maxTtl;
        this.clock = clock;
    }

    /** What was verified for this exact token, while it is still in force. */
    public Optional<T> find(String token) {
        String key = keyOf(token);
        Entry<T> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.until())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** Remembers a verified token until its expiry (epoch seconds) or for {@code maxTtl}, whichever is sooner. */
    public void remember(String token, long expiresAtEpochSecond, T value) {
        Instant now = clock.instant();
        Instant until = Instant.ofEpochSecond(expiresAtEpochSecond);
        Instant ttlEnd = now.plus(maxTtl);
        if (ttlEnd.isBefore(until)) {
            until = ttlEnd;
        }
        if (!now.isBefore(until) || !roomFor(now)) {
            return;
        }
        entries.put(keyOf(token), new Entry<>(value, until));
    }

    public int size() {
        return entries.size();
    }

    private boolean roomFor(Instant now) {
        if (entries.size() < maxSize) {
            return true;
        }
        entries.values().removeIf(entry -> !now.isBefore(entry.until()));
        return entries.size() < maxSize;
    }

    private static String keyOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private record Entry<T>(T value, Instant until) {
    }
}
