package io.vigil.console.sop;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An SOP's versions at a glance: which one is in effect and where the newest one stands. */
public record VersionLine(List<SopVersion> versions) {

    public VersionLine {
        versions = versions.stream().sorted(Comparator.comparingInt(SopVersion::number)).toList();
    }

    public Optional<SopVersion> published() {
        return versions.stream().filter(v -> v.is("PUBLISHED")).reduce((a, b) -> b);
    }

    public Optional<SopVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public boolean has(String status) {
        return versions.stream().anyMatch(v -> v.is(status));
    }

    /** Versions waiting for someone: in review, approved and not yet published, or drafts. */
    public List<SopVersion> open() {
        return versions.stream().filter(v -> v.is("DRAFT") || v.is("IN_REVIEW") || v.is("APPROVED")
                || v.is("REJECTED")).toList();
    }

    public String publishedText() {
        return published().map(v -> "version " + v.number()).orElse("none published");
    }
}
