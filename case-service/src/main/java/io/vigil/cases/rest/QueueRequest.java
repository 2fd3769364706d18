package io.vigil.cases.rest;

import io.vigil.cases.queue.QueueKind;
import io.vigil.cases.queue.QueueSpec;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of POST and PUT /api/queues; kind defaults to STANDARD. */
public record QueueRequest(
        @NotBlank @Size(max = 100) String name,
        @Pattern(regexp = "[a-z][a-z0-9-]{1,31}", message = "must be a lowercase domain such as shop") String domain,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter region code such as US") String region,
        @Size(max = 64) String skill,
        QueueKind kind) {

    QueueSpec toSpec() {
        return new QueueSpec(name.trim(), domain, region, skill, kind == null ? QueueKind.STANDARD : kind);
    }
}
