package io.vigil.sop;

/**
 * What an author writes in a version: the change note, the steps in markdown, and the decision tree and
 * test suite as validated JSON documents.
 */
public record VersionContent(String changeNote, String steps, String decisionTree, String testSuite) {
}
