package io.vigil.sop.rest;

import io.vigil.sop.Sop;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An SOP as the API shows it. */
public record SopBody(UUID id, String key, String title, String domain, String category, List<String> audience,
        String owner, Instant createdAt, Instant updatedAt, long version) {

    static SopBody from(Sop sop) {
        return new SopBody(sop.id(), sop.key(), sop.title(), sop.domain(), sop.category(), sop.audience(),
                sop.owner(), sop.createdAt(), sop.updatedAt(), sop.version());
    }
}
