package io.vigil.console.rca;

import io.vigil.console.format.FormTimes;
import io.vigil.console.outbound.ServiceProblem.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The root-cause report as the editing form holds it: every field as typed, so a refused save shows the user's own
 * text again. {@code base} is the version the user started from (0 before the first), sent as {@code If-Match}.
 */
public record RcaDraft(int base, String summary, String impact, String rootCause, String factors,
        List<MomentRow> moments, List<ActionRow> actions) {

    /** Blank rows offered below the filled ones, for adding timeline lines and corrective actions. */
    static final int BLANK_ROWS = 2;
    private static final String PERSON = "[A-Za-z0-9][A-Za-z0-9._@-]{0,127}";

    public RcaDraft {
        moments = List.copyOf(moments);
        actions = List.copyOf(actions);
    }

    /** A timeline line as typed: a UTC time ({@code datetime-local}) and what happened. */
    public record MomentRow(String at, String text) {

        boolean blank() {
            return at.isBlank() && text.isBlank();
        }
    }

    /** A corrective action as typed; {@code id} names an existing action, blank for a new one. */
    public record ActionRow(String id, String title, String owner, String due) {

        public boolean existing() {
            return !id.isBlank();
        }

        boolean blank() {
            return !existing() && title.isBlank() && owner.isBlank() && due.isBlank();
        }
    }

    /** The number this draft becomes when saved. */
    public int next() {
        return base + 1;
    }

    static RcaDraft empty() {
        return new RcaDraft(0, "", "", "", "", List.of(), List.of()).withBlankRows();
    }

    /** The form filled with a saved version, to edit it into the next one. */
    static RcaDraft of(RcaVersion v) {
        return new RcaDraft(v.version(), text(v.summary()), text(v.impact()), text(v.rootCause()),
                String.join("\n", v.contributingFactors()),
                v.timeline().stream()
                        .map(m -> new MomentRow(FormTimes.inputToTheSecond(m.at()), text(m.text()))).toList(),
                v.correctiveActions().stream().map(a -> new ActionRow(a.id() == null ? "" : a.id().toString(),
                        text(a.title()), text(a.owner()), a.dueDate() == null ? "" : a.dueDate().toString()))
                        .toList()).withBlankRows();
    }

    /** The form as posted: the parallel row fields are zipped back into rows (browsers send them in order). */
    static RcaDraft posted(String base, String summary, String impact, String rootCause, String factors,
            List<String> at, List<String> text, List<String> id, List<String> title, List<String> owner,
            List<String> due) {
        List<MomentRow> moments = IntStream.range(0, Math.max(size(at), size(text)))
                .mapToObj(i -> new MomentRow(item(at, i), item(text, i))).filter(m -> !m.blank()).toList();
        int actionRows = Math.max(Math.max(size(id), size(title)), Math.max(size(owner), size(due)));
        List<ActionRow> actions = IntStream.range(0, actionRows).mapToObj(i -> new ActionRow(item(id, i),
                item(title, i), item(owner, i), item(due, i))).filter(a -> !a.blank()).toList();
        int number = base != null && base.matches("[0-9]{1,9}") ? Integer.parseInt(base) : 0;
        return new RcaDraft(number, text(summary), text(impact), text(rootCause), text(factors), moments, actions);
    }

    RcaDraft withBlankRows() {
        List<MomentRow> m = new ArrayList<>(moments);
        List<ActionRow> a = new ArrayList<>(actions);
        for (int i = 0; i < BLANK_ROWS; i++) {
            m.add(new MomentRow("", ""));
            a.add(new ActionRow("", "", "", ""));
        }
        return new RcaDraft(base, summary, impact, rootCause, factors, m, a);
    }

    /** What case-service would refuse, found before calling it, each named by the field the form shows. */
    List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "Summary", summary);
        required(errors, "Impact", impact);
        required(errors, "Root cause", rootCause);
        for (int i = 0; i < moments.size(); i++) {
            MomentRow m = moments.get(i);
            String where = "Timeline line " + (i + 1);
            if (m.text().isBlank()) {
                errors.add(new FieldError(where, "say what happened"));
            }
            try {
                if (FormTimes.parse(m.at()).isEmpty()) {
                    errors.add(new FieldError(where, "give the time (UTC)"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(where, "the time is not a date and time such as 2026-11-20T09:15"));
            }
        }
        for (int i = 0; i < actions.size(); i++) {
            actionProblems(errors, "Corrective action " + (i + 1), actions.get(i));
        }
        return errors;
    }

    private static void actionProblems(List<FieldError> errors, String where, ActionRow a) {
        if (a.title().isBlank()) {
            errors.add(new FieldError(where, "give it a title (an existing action is finished or waived, not removed)"));
        }
        if (!a.owner().matches(PERSON)) {
            errors.add(new FieldError(where, "name the owner by user name, such as leo"));
        }
        try {
            LocalDate.parse(a.due());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(where, "give the due date"));
        }
    }

    /** The JSON body of POST /api/incidents/{id}/rca; call only when {@link #problems()} is empty. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("summary", summary.strip());
        body.put("impact", impact.strip());
        body.put("timeline", moments.stream().map(m -> Map.of("at", FormTimes.parse(m.at()).orElseThrow().toString(),
                "text", m.text().strip())).toList());
        body.put("rootCause", rootCause.strip());
        body.put("contributingFactors", factors.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        body.put("correctiveActions", actions.stream().map(RcaDraft::action).toList());
        return body;
    }

    private static Map<String, Object> action(ActionRow a) {
        Map<String, Object> action = new LinkedHashMap<>();
        if (a.existing()) {
            action.put("id", a.id());
        }
        action.put("title", a.title().strip());
        action.put("owner", a.owner().strip());
        action.put("dueDate", a.due().strip());
        return action;
    }

    private static void required(List<FieldError> errors, String label, String value) {
        if (value.isBlank()) {
            errors.add(new FieldError(label, "is required"));
        }
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String item(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
