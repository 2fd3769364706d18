package io.vigil.cases.rest;

import io.vigil.cases.CaseReport;
import io.vigil.cases.CaseSource;
import io.vigil.cases.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of POST /api/cases (DESIGN.md section 3). */
public record OpenCaseRequest(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,31}", message = "must be a lowercase domain such as shop")
        String domain,
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9.-]{1,63}", message = "must be a lowercase policy area such as counterfeit")
        String category,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 20000) String description,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter region code such as US") String region,
        @NotNull Severity severity,
        @NotNull CaseSource source,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid SubjectBody> subjects) {

    CaseReport toReport() {
        return new CaseReport(domain, category, title.trim(), description, region, severity, source,
                subjects.stream().map(SubjectBody::toSubject).toList());
    }
}
