package io.vigil.console.enforcement;

import io.vigil.console.format.Notice;
import io.vigil.console.guidance.SopWalk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The request form as typed, checked for what the console can tell without asking case-service, and turned into
 * the body of {@code POST /api/cases/{id}/enforcements}. Subjects arrive as {@code type:ref} values of the case's
 * own subjects, and an account group as its id (case-service adds its members). {@code sopPath} is the SOP walk's
 * decision path as {@code key@version node node ...}: it is sent only while the form names that SOP version.
 */
public record RequestForm(String type, List<String> subjects, String accountGroupId, String reasonCode,
        String sopKey, String sopVersion, String sopPath, String rationale, String duration) {

    private static final String NODE = "[A-Za-z0-9_.:-]{1,64}";
    private static final int MAX_PATH = 100;

    public RequestForm {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    static RequestForm empty() {
        return new RequestForm("", List.of(), "", "", "", "", "", "", "");
    }

    /**
     * A fresh form starting from the case's SOP walk: its SOP version, and once decided, the decision path and the
     * action type the outcome names (BAN_SELLER: ban), if it names one.
     */
    static RequestForm from(Optional<SopWalk> walk) {
        if (walk.isEmpty()) {
            return empty();
        }
        SopWalk w = walk.get();
        String path = w.path().isEmpty() ? "" : w.sopKey() + "@" + w.sopVersion() + " " + String.join(" ", w.path());
        String type = w.isDecided() ? typeNamedIn(w.outcome()).orElse("") : "";
        return new RequestForm(type, List.of(), "", "", w.sopKey(), Integer.toString(w.sopVersion()), path, "", "");
    }

    /**
     * The action type an SOP outcome code names, word by word: {@code BAN_SELLER} names ban,
     * {@code DELIST_AND_STRIKE} delist, {@code HOLD_PAYOUT} hold-payout; {@code MONITOR_LISTING} names none.
     */
    static Optional<String> typeNamedIn(String outcome) {
        String words = "-" + outcome.toLowerCase(Locale.ROOT).replace('_', '-') + "-";
        return ActionTypes.ALL.stream().filter(type -> words.contains("-" + type + "-")).findFirst();
    }

    public boolean picked(String subjectValue) {
        return subjects.contains(subjectValue);
    }

    public boolean pickedGroup(UUID groupId) {
        return groupId != null && groupId.toString().equals(groupText());
    }

    /** The first thing to correct, or null when the form may be sent. */
    Notice problem() {
        if (type == null || !ActionTypes.ALL.contains(type)) {
            return Notice.invalid("type", "choose an action type");
        }
        if (!groupText().isEmpty() && group() == null) {
            return Notice.invalid("accountGroupId", "choose one of the case's account groups");
        }
        if (subjects.isEmpty() && group() == null) {
            return Notice.invalid("subjects", "choose at least one subject or an account group");
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
        UUID group = group();
        if (group != null) {
            body.put("accountGroupId", group.toString());
        }
        body.put("reasonCode", reasonCode.strip());
        body.put("rationale", rationale.strip());
        if (hasDuration()) {
            body.put("duration", duration.strip());
        }
        if (!blank(sopKey)) {
            Map<String, Object> sop = new HashMap<>();
            sop.put("key", sopKey.strip());
            sop.put("version", Integer.parseInt(versionText()));
            List<String> path = decisionPath();
            if (!path.isEmpty()) {
                sop.put("decisionPath", path);
            }
            body.put("sop", sop);
        }
        return body;
    }

    /** The walk's decision path when the form still names the SOP version it was walked under, else none. */
    List<String> decisionPath() {
        String[] parts = sopPath == null ? new String[0] : sopPath.strip().split("\\s+");
        if (parts.length < 2 || blank(sopKey) || !parts[0].equals(sopKey.strip() + "@" + versionText())) {
            return List.of();
        }
        List<String> nodes = Arrays.asList(parts).subList(1, parts.length);
        return nodes.size() <= MAX_PATH && nodes.stream().allMatch(n -> n.matches(NODE)) ? List.copyOf(nodes)
                : List.of();
    }

    private UUID group() {
        try {
            return groupText().isEmpty() ? null : UUID.fromString(groupText());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String groupText() {
        return accountGroupId == null ? "" : accountGroupId.strip();
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
