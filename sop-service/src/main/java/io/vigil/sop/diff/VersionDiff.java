package io.vigil.sop.diff;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** How version {@code to} differs from version {@code from}: the steps line by line and the tree node by node. */
@RegisterForReflection
public record VersionDiff(String sop, int from, int to, boolean changeNoteChanged, List<LineDiff.Line> steps,
        TreeDiff tree) {
}
