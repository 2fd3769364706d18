package io.vigil.sop.evaluation;

import io.vigil.sop.SopVersion;
import io.vigil.sop.VersionLibrary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/** Evaluates an SOP's tree for given facts and answers, on a pinned version or the one in effect. */
@ApplicationScoped
public class EvaluationService {

    private final VersionLibrary library;
    private final CompiledTrees trees;

    public EvaluationService(VersionLibrary library, CompiledTrees trees) {
        this.library = library;
        this.trees = trees;
    }

    public Evaluated evaluate(String key, Map<String, Object> facts, Map<String, String> answers,
            Optional<Integer> version) {
        SopVersion resolved = library.resolve(key, version);
        return new Evaluated(resolved.number(), Walk.of(trees.of(resolved), facts, answers));
    }

    /** An evaluation and the version number that produced it. */
    public record Evaluated(int version, Evaluation evaluation) {
    }
}
