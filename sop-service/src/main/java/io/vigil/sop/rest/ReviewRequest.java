package io.vigil.sop.rest;

import jakarta.validation.constraints.Size;

/** An optional note with an approval or rejection; rejections should say what to change. */
public record ReviewRequest(@Size(max = 2000) String note) {
}
