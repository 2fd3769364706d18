package io.vigil.console.sop;

import io.vigil.console.format.FormTimes;
import io.vigil.console.format.Notice;
import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ServiceCalls;
import io.vigil.console.outbound.ServiceFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The review actions as the console sends them: the version's ETag goes along as If-Match, so an action taken on
 * a page that someone else's change has made stale is refused (412) instead of applied to a version the user
 * has not seen. Every refusal comes back as a notice in sop-service's own words.
 */
@ApplicationScoped
public class VersionReview {

    private static final int MAX_NOTE = 2_000;

    private final SopServiceClient sops;

    public VersionReview(@RestClient SopServiceClient sops) {
        this.sops = sops;
    }

    /** What an action led to: {@code done} names the success for the page it redirects to; else a notice. */
    public record Result(String done, Notice notice, int status) {

        static Result done(String what) {
            return new Result(what, null, 303);
        }

        static Result failed(ServiceFailure failure) {
            return new Result(null, Notice.of(failure), failure.isUnavailable() ? 503 : failure.status());
        }

        static Result invalid(String field, String message) {
            return new Result(null, Notice.invalid(field, message), 400);
        }
    }

    Result submit(String key, int n, String etag) {
        return move(key, n, "submit", etag, Map.of(), "submitted");
    }

    Result approve(String key, int n, String etag, String note) {
        if (note != null && note.length() > MAX_NOTE) {
            return Result.invalid("note", "at most " + MAX_NOTE + " characters");
        }
        return move(key, n, "approve", etag, note(note), "approved");
    }

    Result reject(String key, int n, String etag, String reason) {
        if (reason == null || reason.isBlank()) {
            return Result.invalid("reason", "say what the author should change");
        }
        if (reason.length() > MAX_NOTE) {
            return Result.invalid("reason", "at most " + MAX_NOTE + " characters");
        }
        return move(key, n, "reject", etag, note(reason), "rejected");
    }

    Result publish(String key, int n, String etag, String effectiveFrom) {
        Optional<Instant> from;
        try {
            from = FormTimes.parse(effectiveFrom);
        } catch (DateTimeParseException e) {
            return Result.invalid("effectiveFrom", "'" + effectiveFrom + "' is not a date and time");
        }
        Map<String, Object> body = new HashMap<>();
        from.ifPresent(f -> body.put("effectiveFrom", f.toString()));
        return move(key, n, "publish", etag, body, from.isPresent() ? "scheduled" : "published");
    }

    Result acknowledge(String key, int n) {
        Answer<RestResponse<Acknowledgement>> ack = ServiceCalls.call(SopLibrary.SERVICE,
                () -> sops.acknowledge(key, n));
        if (!ack.ok()) {
            return Result.failed(ack.failure());
        }
        // sop-service answers 201 for a new acknowledgement and 200 with the first one when it is repeated.
        return Result.done(ack.value().getStatus() == 201 ? "acknowledged" : "already-acknowledged");
    }

    /** The success notice for the {@code done} a redirect carries; unknown values show nothing. */
    static Notice doneNotice(String done, int n) {
        if (done == null) {
            return null;
        }
        String text = switch (done) {
            case "submitted" -> "Version " + n + " was submitted for review; its test suite has run (results below).";
            case "approved" -> "Version " + n + " was approved. It can now be published.";
            case "rejected" -> "Version " + n + " was rejected; its author can reopen it as a draft.";
            case "published" -> "Version " + n + " was published and is in effect.";
            case "scheduled" -> "Version " + n + " was published; it takes effect at the time shown below.";
            case "acknowledged" -> "You acknowledged version " + n + ".";
            case "already-acknowledged" -> "You had already acknowledged version " + n + "; nothing changed.";
            default -> null;
        };
        return text == null ? null : Notice.done(text);
    }

    private Result move(String key, int n, String move, String etag, Map<String, Object> body, String done) {
        String ifMatch = etag == null || etag.isBlank() ? null : etag;
        Answer<SopVersion> moved = ServiceCalls.call(SopLibrary.SERVICE,
                () -> sops.move(key, n, move, ifMatch, body));
        return moved.ok() ? Result.done(done) : Result.failed(moved.failure());
    }

    private static Map<String, Object> note(String text) {
        return text == null || text.isBlank() ? Map.of() : Map.of("note", text.strip());
    }
}
