package io.vigil.console.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Links;
import java.util.Locale;

/** One event of the log as the auditor search lists it: its place in the log and its envelope. */
@RegisterForReflection
public record AuditEvent(long seq, String recordedAt, String leafHash, JsonNode envelope) {

    public String eventId() {
        return text("eventId");
    }

    public String link() {
        return "/audit/events/" + Links.segment(eventId());
    }

    public String action() {
        return text("action");
    }

    public String outcome() {
        return envelope == null ? "" : envelope.path("outcome").path("status").asText("");
    }

    public String outcomeClass() {
        return outcome().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** "user ivy", "service case-service". */
    public String actor() {
        JsonNode actor = envelope == null ? null : envelope.path("actor");
        return actor == null || actor.isMissingNode() ? "" : (actor.path("type").asText("") + " "
                + actor.path("ref").asText("")).trim();
    }

    /** "case 0193…", with the version when the event names one. */
    public String target() {
        JsonNode target = envelope == null ? null : envelope.path("target");
        if (target == null || target.isMissingNode()) {
            return "";
        }
        String version = target.path("version").isNull() || target.path("version").isMissingNode() ? ""
                : " v" + target.path("version").asText();
        return (target.path("type").asText("") + " " + target.path("id").asText("") + version).trim();
    }

    public String region() {
        return text("region");
    }

    /** The recorded time as the page shows it: RFC 3339 with the T and Z made readable. */
    public String recorded() {
        return recordedAt == null ? "" : recordedAt.replace('T', ' ').replace("Z", " UTC");
    }

    private String text(String member) {
        return envelope == null ? "" : envelope.path(member).asText("");
    }
}
