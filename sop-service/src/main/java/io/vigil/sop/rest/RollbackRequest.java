package io.vigil.sop.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an old version comes back. */
public record RollbackRequest(@NotBlank @Size(max = 2000) String changeNote) {
}
