package io.vigil.cases.rest;

import io.vigil.cases.enforcement.AutomatedDecision;
import io.vigil.cases.enforcement.EnforcementOrder;
import io.vigil.cases.enforcement.EnforcementType;
import io.vigil.kit.problem.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The body of POST /api/cases/{id}/enforcements (DESIGN.md section 3, with the DSA facts of section 4). */
public record EnforcementRequestBody(
        @NotNull EnforcementType type,
        @Size(max = 1000) List<@NotNull @Valid SubjectBody> subjects,
        UUID accountGroupId,
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9-]{2,63}", message = "must be a reason code such as SHOP-COUNTERFEIT")
        String reasonCode,
        @Valid SopBody sop,
        @NotBlank @Size(max = 5000) String rationale,
        @Size(max = 60) List<@NotNull @Pattern(regexp = "[A-Z]{2}",
                message = "must be an ISO 3166-1 alpha-2 country code such as DE") String> territorialScope,
        Boolean automatedDetection,
        AutomatedDecision automatedDecision,
        Instant effectiveFrom,
        @Pattern(regexp = "P.+", message = "must be an ISO-8601 duration such as P7D or PT12H") String duration) {

    /** The SOP version and the path through its decision tree (node ids) that justified the action. */
    public record SopBody(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,127}", message = "must be an SOP key such as shop.counterfeit")
            String key,
            @NotNull @Min(1) Integer version,
            @Size(max = 100) List<@NotNull @Pattern(regexp = "[A-Za-z0-9_.:-]{1,64}",
                    message = "must be a decision-tree node id") String> decisionPath) {
    }

    EnforcementOrder toOrder() {
        return new EnforcementOrder(type, subjects == null ? List.of()
                : subjects.stream().map(SubjectBody::toSubject).toList(), Optional.ofNullable(accountGroupId),
                reasonCode, Optional.ofNullable(sop).map(s -> new EnforcementOrder.SopReference(s.key(), s.version(),
                        s.decisionPath() == null ? List.of() : s.decisionPath())), rationale.trim(),
                territorialScope == null ? List.of() : territorialScope.stream().distinct().toList(),
                Boolean.TRUE.equals(automatedDetection),
                automatedDecision == null ? AutomatedDecision.NOT_AUTOMATED : automatedDecision,
                Optional.ofNullable(effectiveFrom), Optional.ofNullable(duration).map(EnforcementRequestBody::parse));
    }

    private static Duration parse(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("duration", "must be an ISO-8601 duration such as P7D or PT12H");
        }
    }
}
