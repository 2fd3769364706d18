package io.vigil.audit.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Retention per event class (an action's first segment: {@code case}, {@code sop}, {@code access}, ...). Storage
 * drops whole monthly partitions, so a partition may go only when the longest-kept class in it has expired.
 */
public record RetentionPolicy(Duration defaultPeriod, Map<String, Duration> classes) {

    public Duration periodOf(String eventClass) {
        return classes.getOrDefault(eventClass, defaultPeriod);
    }

    /** When a partition ending at {@code monthEnd} and holding these classes may be purged. */
    public Instant purgeableAt(Instant monthEnd, Collection<String> eventClasses) {
        Duration longest = eventClasses.stream().map(this::periodOf).max(Duration::compareTo).orElse(defaultPeriod);
        return monthEnd.plus(longest);
    }

    public static String classOf(String action) {
        int dot = action.indexOf('.');
        return dot < 0 ? action : action.substring(0, dot);
    }
}
