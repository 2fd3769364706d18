package io.vigil.cases.rest;

import io.vigil.cases.evidence.CustodyAction;
import io.vigil.cases.evidence.CustodyEntry;
import io.vigil.cases.evidence.Evidence;
import io.vigil.cases.evidence.EvidenceKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Evidence metadata as the API shows it; the bytes of a file come from its {@code content} link. */
public record EvidenceBody(UUID id, EvidenceKind kind, String name, String description, String mediaType,
        Long sizeBytes, String sha256, String url, String addedBy, Instant addedAt) {

    static EvidenceBody from(Evidence e) {
        return new EvidenceBody(e.id(), e.kind(), e.name(), e.description(), e.mediaType(), e.sizeBytes(),
                e.sha256(), e.url(), e.addedBy(), e.addedAt());
    }

    /** A case's evidence, oldest first. */
    public record EvidenceList(List<EvidenceBody> items) {
    }

    /** One link of the chain of custody. */
    public record CustodyBody(UUID id, CustodyAction action, String actor, Instant at, String sha256) {

        static CustodyBody from(CustodyEntry c) {
            return new CustodyBody(c.id(), c.action(), c.actor(), c.at(), c.sha256());
        }
    }

    /** The chain of custody, oldest first. */
    public record CustodyList(List<CustodyBody> items) {
    }
}
