package io.vigil.cases.evidence;

/** A file kept by the service, or a URL pointing at something kept elsewhere. */
public enum EvidenceKind {
    FILE, URL
}
