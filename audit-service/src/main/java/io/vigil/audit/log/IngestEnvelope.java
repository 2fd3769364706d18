package io.vigil.audit.log;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit envelope of DESIGN.md section 6 as ingest accepts it. Unknown members are refused rather than
 * dropped, because the stored (and hashed) envelope must be what the producer meant to say.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = false)
@RegisterForReflection(targets = {IngestEnvelope.class, IngestEnvelope.Actor.class, IngestEnvelope.Outcome.class,
        IngestEnvelope.Target.class, IngestEnvelope.Reason.class, IngestEnvelope.Sop.class,
        IngestEnvelope.Subject.class, IngestEnvelope.Change.class, IngestEnvelope.Payload.class,
        IngestEnvelope.Personal.class})
public record IngestEnvelope(
        @NotNull UUID eventId,
        @NotBlank @Size(max = 100) String producer,
        @NotNull @PositiveOrZero Long producerSeq,
        @NotNull Instant occurredAt,
        @NotNull @Valid Actor actor,
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+", message = "must be a dotted verb like case.transition") String action,
        @NotNull @Valid Outcome outcome,
        @Valid Target target,
        @Size(max = 20) String region,
        @Valid Reason reason,
        @Valid Sop sop,
        @Size(max = 200) String correlationId,
        @Size(max = 64) String traceId,
        @Size(max = 100) List<@Valid @NotNull Subject> subjects,
        @Size(max = 200) List<@Valid @NotNull Change> changes,
        @Valid Payload payload,
        @Valid Personal personal) {

    /** The same envelope with its personal data replaced by the sealed payload. */
    public IngestEnvelope sealed(Payload sealedPayload) {
        return new IngestEnvelope(eventId, producer, producerSeq, occurredAt, actor, action, outcome, target, region,
                reason, sop, correlationId, traceId, subjects, changes, sealedPayload, null);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Actor(@NotNull ActorType type, @NotBlank String ref, List<String> roles, String onBehalfOf) {
    }

    public enum ActorType {
        user, service, system
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Outcome(@NotNull OutcomeStatus status, String code) {
    }

    public enum OutcomeStatus {
        success, failure, denied
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Target(@NotBlank String type, @NotBlank String id, Long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Reason(@NotBlank String code, @Size(max = 2000) String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Sop(@NotBlank String key, @NotNull @PositiveOrZero Integer version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Subject(@NotBlank String ref, String role) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Change(@NotBlank String field, String before, String after) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Payload(@NotBlank String subjectRef, @NotBlank String keyId, @NotBlank String nonce,
            @NotBlank String ciphertext) {
    }

    /**
     * Personal data about one subject, sent in the clear over TLS and never stored so: ingest seals it into
     * {@code payload} under that subject's key (AES-GCM) before the envelope is canonicalised and hashed.
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Personal(@NotBlank @Size(max = 200) String subjectRef, @NotNull @Size(max = 50) Map<String, Object> data) {
    }
}
