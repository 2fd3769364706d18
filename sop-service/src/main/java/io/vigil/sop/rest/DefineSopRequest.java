package io.vigil.sop.rest;

import io.vigil.sop.SopDefinition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of POST /api/sops (DESIGN.md section 3). */
public record DefineSopRequest(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+",
                message = "must be a dotted lowercase key such as shop.refund-dispute") @Size(max = 100) String key,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,31}", message = "must be a lowercase domain such as shop")
        String domain,
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9.-]{1,63}", message = "must be a lowercase policy area such as refund-dispute")
        String category,
        @NotEmpty @Size(max = 20) List<@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,63}",
                message = "must be a role or team name such as investigator") String> audience) {

    SopDefinition toDefinition() {
        return new SopDefinition(key, title.trim(), domain, category, audience.stream().distinct().toList());
    }
}
