package io.vigil.sop.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.vigil.sop.SopVersion;
import io.vigil.sop.VersionContent;
import io.vigil.sop.VersionStatus;
import java.io.UncheckedIOException;
import java.time.Instant;

/** A version as the API shows it; {@code testReport} is the consistency of its test suite at submission. */
public record VersionBody(String sop, int number, VersionStatus status, String changeNote, String steps,
        JsonNode decisionTree, JsonNode testSuite, JsonNode testReport, String author, String approver,
        String reviewNote, String publisher, Integer copiedFrom, Instant createdAt, Instant updatedAt,
        Instant submittedAt, Instant reviewedAt, Instant publishedAt, Instant effectiveFrom, Instant retiredAt,
        long version) {

    static VersionBody from(String key, SopVersion v, ObjectMapper json) {
        VersionContent c = v.content();
        return new VersionBody(key, v.number(), v.status(), c.changeNote(), c.steps(), read(json, c.decisionTree()),
                read(json, c.testSuite()), read(json, v.testReport()), v.author(), v.approver(), v.reviewNote(),
                v.publisher(), v.copiedFrom(), v.createdAt(), v.updatedAt(), v.submittedAt(), v.reviewedAt(),
                v.publishedAt(), v.effectiveFrom(), v.retiredAt(), v.version());
    }

    private static JsonNode read(ObjectMapper json, String stored) {
        try {
            return stored == null ? null : json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
