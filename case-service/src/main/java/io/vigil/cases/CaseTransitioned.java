package io.vigil.cases;

/**
 * Fired (synchronously, inside the transition's transaction) after a case moved, so features that follow the
 * case's life, such as guidance recording the final outcome on resolution, commit or roll back with the move.
 */
public record CaseTransitioned(Case kase, CaseStatus from, CaseStatus to, String actor) {
}
