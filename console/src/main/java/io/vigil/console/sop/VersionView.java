package io.vigil.console.sop;

import io.vigil.console.format.Links;
import io.vigil.console.format.Notice;
import io.vigil.console.outbound.Answer;
import io.vigil.console.shell.Viewer;
import java.util.List;

/**
 * Everything the version page shows. The version and its SOP must load; the outline, diagram, live figures and
 * adoption each may fail on their own, and the page says which.
 */
public record VersionView(Viewer viewer, SopSummary sop, SopVersion version, Answer<String> outline,
        Answer<DecisionFlow> flow, Answer<VersionStats> stats, Answer<AdoptionReport> adoption, Notice notice) {

    public String sopLink() {
        return "/sops/" + Links.segment(sop.key());
    }

    public String link() {
        return sopLink() + "/versions/" + version.number();
    }

    public List<Stage> stages() {
        return Stage.of(version.status());
    }

    public boolean maySubmit() {
        return version.is("DRAFT") && SopRoles.mayAuthor(viewer);
    }

    public boolean mayReview() {
        return version.is("IN_REVIEW") && SopRoles.mayReview(viewer);
    }

    public boolean mayPublish() {
        return version.is("APPROVED") && SopRoles.mayReview(viewer);
    }

    public boolean mayAcknowledge() {
        return version.is("PUBLISHED") && SopRoles.mayAcknowledge(viewer);
    }

    public boolean hasActions() {
        return maySubmit() || mayReview() || mayPublish() || mayAcknowledge();
    }

    /** The four-eyes rule: the author may not review or publish their own version, whatever their roles. */
    public boolean wroteIt() {
        return viewer.name() != null && viewer.name().equals(version.author());
    }

    public boolean showsAdoption() {
        return adoption != null;
    }

    /** The signed-in user's own line in the adoption report, when the report was readable. */
    public AdoptionReport.Person mine() {
        return adoption != null && adoption.ok() ? adoption.value().find(viewer.name()).orElse(null) : null;
    }
}
