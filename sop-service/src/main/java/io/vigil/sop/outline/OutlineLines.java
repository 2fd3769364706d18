package io.vigil.sop.outline;

import io.vigil.kit.problem.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Splits outline text into numbered lines with their depth; blank lines and '#' comments carry nothing. */
final class OutlineLines {

    static final int INDENT = 2;

    private OutlineLines() {
    }

    static List<OutlineLine> of(String text, List<FieldError> errors) {
        String[] raw = text.split("\r?\n", -1);
        List<OutlineLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int spaces = line.length() - line.stripLeading().length();
            if (line.substring(0, spaces).contains("\t") || spaces % INDENT != 0) {
                errors.add(error(i + 1, "indent with multiples of " + INDENT + " spaces, no tabs"));
            }
            lines.add(new OutlineLine(i + 1, spaces / INDENT, trimmed));
        }
        return lines;
    }

    static FieldError error(int line, String message) {
        return new FieldError("outline:" + line, message);
    }
}
