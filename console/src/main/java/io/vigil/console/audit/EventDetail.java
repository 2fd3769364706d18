package io.vigil.console.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * One event for the detail page: its place in the log, each envelope member as a labelled line, and the envelope
 * itself pretty-printed. Members are shown as they are, so a member added to the envelope later still appears.
 */
public record EventDetail(String eventId, AuditEvent event, List<Member> members, String pretty) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One envelope member: its name and its value written out on one line. */
    public record Member(String name, String value) {
    }

    static EventDetail of(String eventId, String body) throws JsonProcessingException {
        JsonNode json = JSON.readTree(body);
        JsonNode envelope = json.path("envelope");
        AuditEvent event = new AuditEvent(json.path("seq").asLong(), json.path("recordedAt").asText(null),
                json.path("leafHash").asText(null), envelope);
        List<Member> members = new ArrayList<>();
        envelope.fields().forEachRemaining(f -> members.add(new Member(f.getKey(), flat(f.getValue()))));
        return new EventDetail(eventId, event, members, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(envelope));
    }

    private static String flat(JsonNode value) {
        if (value.isValueNode()) {
            return value.isNull() ? "–" : value.asText();
        }
        return value.toString();
    }

    public String searchLink() {
        return "/audit/events";
    }
}
