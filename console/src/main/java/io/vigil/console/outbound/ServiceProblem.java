package io.vigil.console.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 9457 problem as a Vigil service answered it. Read leniently: a body that is not a problem (a proxy's
 * HTML error page, nothing at all) still gives a status the page can talk about.
 */
public record ServiceProblem(int status, String slug, String title, String detail, List<FieldError> errors,
        JsonNode body) {

    private static final String TYPE_PREFIX = "urn:vigil:problem:";
    private static final ObjectMapper JSON = new ObjectMapper();

    public ServiceProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ServiceProblem read(int status, String body) {
        JsonNode json = parse(body);
        if (json == null || !json.isObject()) {
            return new ServiceProblem(status, "", null, null, List.of(), null);
        }
        String type = json.path("type").asText("");
        List<FieldError> errors = new ArrayList<>();
        json.path("errors").forEach(e -> errors.add(new FieldError(e.path("field").asText(""),
                e.path("message").asText(""))));
        return new ServiceProblem(status, type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type,
                text(json, "title"), text(json, "detail"), errors, json);
    }

    /** The problem's own words: its detail, else its title, else nothing. */
    public String explanation() {
        return detail != null ? detail : title;
    }

    /** A number the problem carries as an extension member (RFC 9457 section 3.2), such as a publish gate. */
    public Double number(String member) {
        JsonNode value = body == null ? null : body.get(member);
        return value != null && value.isNumber() ? value.asDouble() : null;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String text(JsonNode json, String member) {
        JsonNode value = json.get(member);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    /** One invalid field of a 400, as the service named it. */
    public record FieldError(String field, String message) {
    }
}
