package io.vigil.console.enforcement;

import io.vigil.console.format.Notice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The request form as typed, checked for what the console can tell without asking case-service, and turned into
 * the body of {@code POST /api/cases/{id}/enforcements}. Subjects arrive as {@code type:ref} values of the case's
 * own subjects.
 */
public record RequestForm(String type, List<String> subjects, String reasonCode, String sopKey, String sopVersion,
        String rationale, String duration) {

    public RequestForm {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    static RequestForm empty() {
        return new RequestForm("", List.of(), "", "", "", "", "");
    }

    public boolean picked(String subjectValue) {
        return subjects.contains(subjectValue);
    }

    /** The first thing to correct, or null when the form may be sent. */
    Notice problem() {
        if (type == null || !ActionTypes.ALL.contains(type)) {
            return Notice.invalid("type", "choose an action type");
        }
        if (subjects.isEmpty()) {
            return Notice.invalid("subjects", "choose at least one subject");
        }
        if (reasonCode == null || reasonCode.isBlank()) {
            return Notice.invalid("reasonCode", "choose a reason from the catalogue");
        }
        if (rationale == null || rationale.isBlank()) {
            return Notice.invalid("rationale", "say why, in words the recipient will read");
        }
        if (hasDuration() && !ActionTypes.TEMPORARY.contains(type)) {
            return Notice.invalid("duration", "a " + type + " is permanent and takes no duration");
        }
        if (!blank(sopKey) && !versionText().matches("[1-9][0-9]{0,8}")) {
            return Notice.invalid("sopVersion", "give the SOP version number with its key");
        }
        return null;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        List<Map<String, String>> named = new ArrayList<>();
        for (String value : subjects) {
            int colon = value.indexOf(':');
            if (colon > 0) {
                named.add(Map.of("type", value.substring(0, colon), "ref", value.substring(colon + 1)));
            }
        }
        body.put("subjects", named);
        body.put("reasonCode", reasonCode.strip());
        body.put("rationale", rationale.strip());
        if (hasDuration()) {
            body.put("duration", duration.strip());
        }
        if (!blank(sopKey)) {
            body.put("sop", Map.of("key", sopKey.strip(), "version", Integer.parseInt(versionText())));
        }
        return body;
    }

    private String versionText() {
        return sopVersion == null ? "" : sopVersion.strip();
    }

    private boolean hasDuration() {
        return !blank(duration);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
