package io.vigil.sop;

import java.util.List;

/** An SOP's audience, periodic review interval and compliance tags, set by its owner or an admin. */
public record Governance(List<String> audience, int reviewIntervalDays, List<String> dataCategories,
        List<LegalBasis> legalBases) {

    public Governance {
        audience = List.copyOf(audience);
        dataCategories = List.copyOf(dataCategories);
        legalBases = List.copyOf(legalBases);
    }
}
