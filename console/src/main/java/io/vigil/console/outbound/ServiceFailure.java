package io.vigil.console.outbound;

import java.util.List;
import java.util.Map;

/**
 * Why a page has nothing from a service to show, in words a user can act on or pass on to an operator. A failure
 * is a state of the page, not an error page, so the rest of the console stays usable.
 */
public record ServiceFailure(Kind kind, String service, ServiceProblem problem, String reason) {

    /** How the call failed, from the user's point of view. */
    public enum Kind {
        UNAVAILABLE, SESSION, NOT_PERMITTED, NOT_FOUND, REFUSED
    }

    // Lead-ins for the refusals people meet in normal work, so the message says which rule stopped them.
    private static final Map<String, String> RULES = Map.of(
            "four-eyes", "Four-eyes rule",
            "publish-gate", "Publish gate",
            "illegal-transition", "Not possible in this state",
            "stale-version", "Changed meanwhile",
            "forbidden", "Not allowed for your roles");

    /** A 404 the console itself decides, for an address that cannot name anything (not an id at all). */
    public static ServiceFailure notFound(String service, String detail) {
        return new ServiceFailure(Kind.NOT_FOUND, service, ServiceProblem.read(404,
                "{\"type\":\"urn:vigil:problem:not-found\",\"detail\":\"" + detail + "\"}"), null);
    }

    static ServiceFailure unavailable(String service, String reason) {
        return new ServiceFailure(Kind.UNAVAILABLE, service, null, reason);
    }

    static ServiceFailure answered(String service, ServiceProblem problem) {
        int status = problem.status();
        if (status >= 500) {
            return unavailable(service, "it answered with HTTP " + status);
        }
        Kind kind = switch (status) {
            case 401 -> Kind.SESSION;
            case 403 -> Kind.NOT_PERMITTED;
            case 404 -> Kind.NOT_FOUND;
            default -> Kind.REFUSED;
        };
        return new ServiceFailure(kind, service, problem, null);
    }

    public String message() {
        return switch (kind) {
            case UNAVAILABLE -> service + " is unavailable (" + reason + "). Try again in a moment.";
            case SESSION -> service + " did not accept your session; sign out and in again.";
            default -> refusal();
        };
    }

    public List<ServiceProblem.FieldError> errors() {
        return problem == null ? List.of() : problem.errors();
    }

    public boolean isNotFound() {
        return kind == Kind.NOT_FOUND;
    }

    public boolean isNotPermitted() {
        return kind == Kind.NOT_PERMITTED;
    }

    public boolean isUnavailable() {
        return kind == Kind.UNAVAILABLE;
    }

    /** The problem's slug, such as {@code four-eyes}; empty when the service sent no problem. */
    public String slug() {
        return problem == null ? "" : problem.slug();
    }

    /**
     * The status a page showing this failure answers with: 404 and 403 keep their meaning; a service that is down
     * or refused something leaves the page itself a normal 200, so the rest of the console stays usable.
     */
    public int pageStatus() {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case NOT_PERMITTED -> 403;
            default -> 200;
        };
    }

    public int status() {
        return problem == null ? 503 : problem.status();
    }

    private String refusal() {
        String explanation = problem.explanation();
        String words = explanation != null ? explanation
                : service + " answered with HTTP " + problem.status();
        String rule = RULES.get(problem.slug());
        return rule == null ? words : rule + ": " + words;
    }
}
