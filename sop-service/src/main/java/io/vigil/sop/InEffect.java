package io.vigil.sop;

/** An SOP with the version of it that is in effect (or the version a caller pinned). */
public record InEffect(Sop sop, SopVersion version) {
}
