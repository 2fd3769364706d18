package io.vigil.cases.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an SOP's markdown steps into one line of work each, for generating tasks: numbered or bulleted items
 * (continuation lines join their item); without list markers, each paragraph is a step.
 */
public final class SopSteps {

    private static final Pattern ITEM = Pattern.compile("^\\s*(?:\\d{1,3}[.)]|[-*+])\\s+(.*)$");
    private static final int MAX_TITLE = 500;

    private SopSteps() {
    }

    public static List<String> items(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return List.of();
        }
        String[] lines = markdown.replace("\r\n", "\n").split("\n");
        boolean listed = false;
        for (String line : lines) {
            listed |= ITEM.matcher(line).matches();
        }
        List<StringBuilder> items = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            Matcher item = ITEM.matcher(line);
            if (listed && item.matches()) {
                current = new StringBuilder(item.group(1).strip());
                items.add(current);
            } else if (line.isBlank()) {
                current = listed ? current : null;
            } else if (current != null) {
                current.append(' ').append(line.strip());
            } else if (!listed) {
                current = new StringBuilder(line.strip());
                items.add(current);
            }
        }
        return items.stream().map(StringBuilder::toString).filter(s -> !s.isBlank()).map(SopSteps::title).toList();
    }

    private static String title(String step) {
        return step.length() <= MAX_TITLE ? step : step.substring(0, MAX_TITLE - 1) + "…";
    }
}
