package io.vigil.sop.rest;

import io.vigil.sop.LegalBasis;
import io.vigil.sop.Sop;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An SOP as the API shows it, with its audience, review interval and compliance tags. */
public record SopBody(UUID id, String key, String title, String domain, String category, List<String> audience,
        String owner, int reviewIntervalDays, List<String> dataCategories, List<LegalBasis> legalBases,
        Instant createdAt, Instant updatedAt, long version) {

    static SopBody from(Sop sop) {
        var g = sop.governance();
        return new SopBody(sop.id(), sop.key(), sop.title(), sop.domain(), sop.category(), g.audience(),
                sop.owner(), g.reviewIntervalDays(), g.dataCategories(), g.legalBases(), sop.createdAt(),
                sop.updatedAt(), sop.version());
    }
}
