package io.vigil.console.cases;

import io.vigil.console.outbound.CallProblem;
import java.util.Map;

/**
 * What the case page says about the last thing the user did: a confirmation, or why it failed, with what they
 * typed kept in the form (a refused note must not lose its text).
 */
public record Feedback(Done done, CallProblem problem, String form, Map<String, String> draft) {

    public static final Feedback NONE = new Feedback(null, null, null, Map.of());

    public static Feedback of(Done done) {
        return new Feedback(done, null, null, Map.of());
    }

    public static Feedback failed(CallProblem problem, String form, Map<String, String> draft) {
        return new Feedback(null, problem, form, draft);
    }

    public String draft(String field) {
        return draft.getOrDefault(field, "");
    }

    public boolean failedIn(String name) {
        return problem != null && name.equals(form);
    }

    /** Confirmations a successful action redirects with (?done=...), so the text never comes from the URL. */
    public enum Done {
        CLAIMED("You claimed this case. It is assigned to you."),
        STATUS("Status changed."),
        ASSIGNED("Assignment changed."),
        NOTE("Note added."),
        TASK("Task added."),
        TASK_DONE("Task completed."),
        TASK_REOPENED("Task reopened."),
        EVIDENCE("Evidence added to the chain of custody."),
        LINK("Case linked.");

        private final String message;

        Done(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }

        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        static Done parse(String value) {
            for (Done done : values()) {
                if (done.value().equals(value)) {
                    return done;
                }
            }
            return null;
        }
    }
}
