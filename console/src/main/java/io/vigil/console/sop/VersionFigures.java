package io.vigil.console.sop;

import io.vigil.console.outbound.Answer;

/** One live version with its production figures, or the failure that stands in for them. */
public record VersionFigures(SopVersion version, Answer<VersionStats> stats) {

    public String label() {
        return "Version " + version.number() + " (" + version.statusLabel().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    /** The short form beside a chart row, where the label column is narrow. */
    public String chartLabel() {
        return "v" + version.number() + " " + version.statusLabel().toLowerCase(java.util.Locale.ROOT);
    }
}
