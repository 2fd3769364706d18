package io.vigil.sop.evaluation;

import io.vigil.sop.tree.CompiledTree;

/** A version's number with its compiled tree: what an evaluation needs, and nothing that can change. */
public record CompiledVersion(int number, CompiledTree tree) {
}
