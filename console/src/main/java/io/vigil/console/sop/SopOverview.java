package io.vigil.console.sop;

import io.vigil.console.format.Links;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The SOP page: the SOP, its versions newest first, and whether its periodic review is due. */
public record SopOverview(SopSummary sop, VersionLine versions, ReviewDue due) {

    public String link() {
        return "/sops/" + Links.segment(sop.key());
    }

    public List<SopVersion> newestFirst() {
        List<SopVersion> newest = new ArrayList<>(versions.versions());
        Collections.reverse(newest);
        return newest;
    }

    /** The versions offered in the compare form, newest first; the two newest are preselected. */
    public boolean comparable() {
        return versions.versions().size() >= 2;
    }

    public int newest() {
        return versions.latest().map(SopVersion::number).orElse(0);
    }

    public int previous() {
        List<SopVersion> all = versions.versions();
        return all.size() < 2 ? 0 : all.get(all.size() - 2).number();
    }
}
