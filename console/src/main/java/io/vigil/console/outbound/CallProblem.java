package io.vigil.console.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a service did not do what a page asked, in words a person can act on: the RFC 9457 problem's title and
 * detail when the service sent one, or a plain description of its silence. Never a Java type or stack trace.
 */
public record CallProblem(String service, int status, String title, String detail, List<String> allowed,
        List<String> fieldErrors) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public CallProblem {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
        fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    /** The service did not answer at all (refused, reset, timed out) or answered something unreadable. */
    public static CallProblem unavailable(String service) {
        return new CallProblem(service, 0, service + " is unavailable", "it did not answer", List.of(),
                List.of());
    }

    /** Reads an answer's problem document; a body that is not one still yields a readable message. */
    public static CallProblem answered(String service, int status, String body) {
        JsonNode problem = parse(body);
        String title = text(problem, "title", fallbackTitle(status));
        String detail = text(problem, "detail", service + " answered with HTTP " + status);
        List<String> allowed = new ArrayList<>();
        problem.path("allowed").forEach(node -> allowed.add(node.asText()));
        List<String> errors = new ArrayList<>();
        problem.path("errors").forEach(node -> errors.add(node.path("field").asText() + ": "
                + node.path("message").asText()));
        return new CallProblem(service, status, title, detail, allowed, errors);
    }

    public boolean isUnavailable() {
        return status == 0 || status >= 500 || status == 401;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isForbidden() {
        return status == 403;
    }

    /** A conflict or a stale version: what the page showed is out of date, so the fix is to reload. */
    public boolean needsReload() {
        return status == 409 || status == 412;
    }

    /** The one-line message a page shows. */
    public String message() {
        if (status == 0) {
            return service + " is unavailable (it did not answer); try again in a moment";
        }
        if (status == 401) {
            return service + " did not accept your session; sign out and in again";
        }
        if (status >= 500) {
            return service + " is unavailable (it answered with HTTP " + status + "); try again in a moment";
        }
        return detail == null || detail.isBlank() || detail.equals(title) ? title : title + ": " + detail;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : JSON.createObjectNode();
        } catch (java.io.IOException notJson) {
            return JSON.createObjectNode();
        }
    }

    private static String text(JsonNode problem, String field, String fallback) {
        String value = problem.path(field).asText("");
        return value.isBlank() ? fallback : value;
    }

    private static String fallbackTitle(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            case 412 -> "Changed meanwhile";
            case 413 -> "Too large";
            default -> "HTTP " + status;
        };
    }
}
