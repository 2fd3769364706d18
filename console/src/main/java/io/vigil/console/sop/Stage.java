package io.vigil.console.sop;

import java.util.ArrayList;
import java.util.List;

/** One step of a version's lifecycle as the progress line shows it: passed, current or still ahead. */
public record Stage(String label, boolean passed, boolean current) {

    /** The lifecycle up to and around {@code status}; a rejected version ends its line at "rejected". */
    static List<Stage> of(String status) {
        List<Stage> stages = new ArrayList<>();
        if ("REJECTED".equals(status)) {
            stages.add(new Stage("draft", true, false));
            stages.add(new Stage("in review", true, false));
            stages.add(new Stage("rejected", false, true));
            return stages;
        }
        int at = SopVersion.LIFECYCLE.indexOf(status);
        for (int i = 0; i < SopVersion.LIFECYCLE.size(); i++) {
            stages.add(new Stage(SopVersion.LIFECYCLE.get(i).replace('_', ' ').toLowerCase(java.util.Locale.ROOT),
                    i < at, i == at));
        }
        return stages;
    }
}
