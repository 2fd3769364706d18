package io.vigil.console.cases;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A typed reference to what a case is about: {@code listing L-123}, {@code account A-9}. */
@RegisterForReflection
public record Subject(String type, String ref) {
}
