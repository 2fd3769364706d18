package io.vigil.sop.evaluation;

import io.vigil.sop.VersionLibrary;
import io.vigil.sop.VersionNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates an SOP's tree for given facts and answers, on a pinned version or the one in effect. Finding the
 * version is split in two so the caller can stay on its I/O thread when memory answers ({@link #cached}) and move
 * to a worker thread only when the database must be read ({@link #load}).
 */
@ApplicationScoped
public class EvaluationService {

    private final VersionLibrary library;
    private final CompiledTrees trees;
    private final EffectiveVersions effective;
    private final Clock clock;

    public EvaluationService(VersionLibrary library, CompiledTrees trees, EffectiveVersions effective, Clock clock) {
        this.library = library;
        this.trees = trees;
        this.effective = effective;
        this.clock = clock;
    }

    /** The version to walk when this replica knows it without I/O; empty when it must be loaded. */
    public Optional<CompiledVersion> cached(String key, Optional<Integer> pinned) {
        if (pinned.isPresent()) {
            return trees.findSettled(key, pinned.get());
        }
        return effective.cached(key).map(schedule -> inEffect(key, schedule));
    }

    /** Reads the version from the database (blocking), compiling and caching it on the way. */
    @ActivateRequestContext
    public CompiledVersion load(String key, Optional<Integer> pinned) {
        if (pinned.isPresent()) {
            return trees.of(key, library.get(key, pinned.get()));
        }
        return inEffect(key, effective.load(key));
    }

    /** Pure: no I/O, and its CEL cost is bounded by the walk budget, so any thread may run it. */
    public Evaluated evaluate(CompiledVersion version, Map<String, Object> facts, Map<String, String> answers) {
        return new Evaluated(version.number(), Walk.of(version.tree(), facts, answers));
    }

    private CompiledVersion inEffect(String key, EffectiveSchedule schedule) {
        return schedule.at(clock.instant()).orElseThrow(() -> new VersionNotFoundException(key, "in effect"));
    }

    /** An evaluation and the version number that produced it. */
    public record Evaluated(int version, Evaluation evaluation) {
    }
}
