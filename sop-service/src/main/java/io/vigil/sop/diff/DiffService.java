package io.vigil.sop.diff;

import io.vigil.sop.SopVersion;
import io.vigil.sop.VersionLibrary;
import io.vigil.sop.evaluation.CompiledTrees;
import jakarta.enterprise.context.ApplicationScoped;

/** Compares any two versions of an SOP, for review ("what does this change?") and for audits. */
@ApplicationScoped
public class DiffService {

    private final VersionLibrary library;
    private final CompiledTrees trees;

    public DiffService(VersionLibrary library, CompiledTrees trees) {
        this.library = library;
        this.trees = trees;
    }

    public VersionDiff diff(String key, int from, int to) {
        SopVersion before = library.get(key, from);
        SopVersion after = library.get(key, to);
        return new VersionDiff(key, from, to,
                !before.content().changeNote().equals(after.content().changeNote()),
                LineDiff.of(before.content().steps(), after.content().steps()),
                TreeDiff.of(trees.of(before).tree(), trees.of(after).tree()));
    }
}
