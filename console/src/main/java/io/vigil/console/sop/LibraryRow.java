package io.vigil.console.sop;

import io.vigil.console.format.Links;

/** One SOP in the library list, with its versions at a glance. */
public record LibraryRow(SopSummary sop, VersionLine versions) {

    public String link() {
        return "/sops/" + Links.segment(sop.key());
    }
}
