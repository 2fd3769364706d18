package io.vigil.sop.diff;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A line diff by longest common subsequence: SOP steps are short, so the quadratic table is cheap. */
public final class LineDiff {

    private LineDiff() {
    }

    public static List<Line> of(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add(new Line(' ', a[i++]));
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] > common[i + 1][j])) {
                lines.add(new Line('+', b[j++]));
            } else {
                lines.add(new Line('-', a[i++]));
            }
        }
        return Collections.unmodifiableList(lines);
    }

    /** One line, marked ' ' (kept), '-' (removed) or '+' (added), as in a unified diff. */
    @RegisterForReflection
    public record Line(char op, String text) {
    }
}
