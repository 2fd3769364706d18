package io.vigil.cases.evidence;

/** What someone did with an item of evidence, as the chain of custody records it. */
public enum CustodyAction {
    COLLECT, VIEW, DOWNLOAD
}
