package io.vigil.console.enforcement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One entry of case-service's policy-reason catalogue, as the request form offers it. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReasonCode(String code, String domain, String title, int strikeWeight, boolean active) {
}
