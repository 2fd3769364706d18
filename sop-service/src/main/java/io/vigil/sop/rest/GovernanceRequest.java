package io.vigil.sop.rest;

import io.vigil.sop.Governance;
import io.vigil.sop.LegalBasis;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of PUT /api/sops/{key}/governance: the whole governance record, replaced at once. */
public record GovernanceRequest(
        @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,63}",
                message = "must be a role or team name such as investigator") String> audience,
        @NotNull @Min(1) @Max(3650) Integer reviewIntervalDays,
        @NotNull @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,63}",
                message = "must be a data category such as payment-data") String> dataCategories,
        @NotNull @Size(max = 3) List<@NotNull LegalBasis> legalBases) {

    Governance toGovernance() {
        return new Governance(audience.stream().distinct().toList(), reviewIntervalDays,
                dataCategories.stream().distinct().toList(), legalBases.stream().distinct().toList());
    }
}
