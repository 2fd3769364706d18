package io.vigil.cases;

import java.util.List;

/** What a reporter or detector says about subjects: the input that opens a case. */
public record CaseReport(String domain, String category, String title, String description, String region,
        Severity severity, CaseSource source, List<Subject> subjects) {

    public CaseReport {
        subjects = List.copyOf(subjects);
    }
}
