package io.vigil.console.sop;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Times;
import java.time.Instant;
import java.util.List;

/** An SOP as sop-service describes it: what it covers, who owns it, and its compliance tags. */
@RegisterForReflection
public record SopSummary(String key, String title, String domain, String category, List<String> audience,
        String owner, int reviewIntervalDays, List<String> dataCategories, List<String> legalBases,
        Instant createdAt, Instant updatedAt, long version) {

    public SopSummary {
        audience = audience == null ? List.of() : List.copyOf(audience);
        dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
    }

    public String created() {
        return Times.utc(createdAt);
    }

    public String updated() {
        return Times.utc(updatedAt);
    }
}
