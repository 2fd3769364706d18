package io.vigil.cases.rest;

import io.vigil.cases.Subject;
import io.vigil.cases.SubjectType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A subject as it travels in JSON: {"type":"listing","ref":"L-123"}. */
public record SubjectBody(@NotNull SubjectType type, @NotBlank @Size(max = 128) String ref) {

    static SubjectBody from(Subject subject) {
        return new SubjectBody(subject.type(), subject.ref());
    }

    Subject toSubject() {
        return new Subject(type, ref.trim());
    }
}
