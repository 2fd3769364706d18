package io.vigil.sop.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The versions of one SOP whose effective windows had not ended when it was read, newest window first. Windows
 * are known ahead (a scheduled version's start is its predecessor's end), so the version in effect at any later
 * instant is resolved from them exactly, to the microsecond, until a new publication changes them.
 */
public record EffectiveSchedule(List<Window> windows) {

    public EffectiveSchedule {
        windows = List.copyOf(windows);
    }

    /** The version in effect at {@code at}: the newest window with {@code from <= at < until}. */
    public Optional<CompiledVersion> at(Instant at) {
        for (Window window : windows) {
            if (!window.from().isAfter(at) && (window.until() == null || window.until().isAfter(at))) {
                return Optional.of(window.version());
            }
        }
        return Optional.empty();
    }

    /** One version's effective window; {@code until} is null while no successor is scheduled. */
    public record Window(Instant from, Instant until, CompiledVersion version) {
    }
}
