package io.vigil.console.rca;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a root-cause report, section by section and line by line (a longest-common-
 * subsequence diff: a line either stayed, was removed from the older version or added in the newer one).
 */
public record RcaDiff(RcaVersion from, RcaVersion to, List<SectionDiff> sections) {

    /** One line of the diff. */
    public record Line(Kind kind, String text) {

        public String mark() {
            return switch (kind) {
                case ADDED -> "+";
                case REMOVED -> "−";
                case SAME -> " ";
            };
        }

        public String cssClass() {
            return switch (kind) {
                case ADDED -> "diff-added";
                case REMOVED -> "diff-removed";
                case SAME -> "diff-same";
            };
        }

        /** Said to screen readers, which do not see the colours. */
        public String spoken() {
            return switch (kind) {
                case ADDED -> "added: ";
                case REMOVED -> "removed: ";
                case SAME -> "";
            };
        }
    }

    /** How a line differs. */
    public enum Kind {
        SAME, ADDED, REMOVED
    }

    /** One section's lines; {@code changed} is false when the two versions say the same. */
    public record SectionDiff(String name, List<Line> lines, boolean changed) {
    }

    public static RcaDiff between(RcaVersion from, RcaVersion to) {
        List<RcaVersion.Section> older = from.sections();
        List<RcaVersion.Section> newer = to.sections();
        List<SectionDiff> sections = new ArrayList<>();
        for (int i = 0; i < older.size(); i++) {
            List<Line> lines = lines(older.get(i).lines(), newer.get(i).lines());
            sections.add(new SectionDiff(older.get(i).name(), lines,
                    lines.stream().anyMatch(l -> l.kind() != Kind.SAME)));
        }
        return new RcaDiff(from, to, List.copyOf(sections));
    }

    public boolean identical() {
        return sections.stream().noneMatch(SectionDiff::changed);
    }

    static List<Line> lines(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new Line(Kind.SAME, a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                out.add(new Line(Kind.REMOVED, a.get(i++)));
            } else {
                out.add(new Line(Kind.ADDED, b.get(j++)));
            }
        }
        a.subList(i, a.size()).forEach(t -> out.add(new Line(Kind.REMOVED, t)));
        b.subList(j, b.size()).forEach(t -> out.add(new Line(Kind.ADDED, t)));
        return List.copyOf(out);
    }
}
