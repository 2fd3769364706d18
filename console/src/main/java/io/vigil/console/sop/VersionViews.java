package io.vigil.console.sop;

import io.vigil.console.format.Notice;
import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ServiceCalls;
import io.vigil.console.shell.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Loads a version page's parts from sop-service, asking only for what the version's state and the roles allow. */
@ApplicationScoped
public class VersionViews {

    private final SopServiceClient sops;

    public VersionViews(@RestClient SopServiceClient sops) {
        this.sops = sops;
    }

    public Answer<VersionView> load(String key, int number, Viewer viewer, Notice notice) {
        Answer<SopVersion> version = call(() -> sops.version(key, number));
        if (!version.ok()) {
            return Answer.failed(version.failure());
        }
        Answer<SopSummary> sop = call(() -> sops.sop(key));
        if (!sop.ok()) {
            return Answer.failed(sop.failure());
        }
        SopVersion v = version.value();
        Answer<VersionStats> stats = v.live() ? call(() -> sops.stats(key, number)) : null;
        boolean adopted = v.is("PUBLISHED") || v.is("RETIRED");
        Answer<AdoptionReport> adoption = adopted && SopRoles.readsAdoption(viewer)
                ? call(() -> sops.adoption(key, number)) : null;
        return Answer.of(new VersionView(viewer, sop.value(), v, call(() -> sops.outline(key, number)),
                call(() -> sops.diagram(key, number)).map(DecisionFlow::parse), stats, adoption, notice));
    }

    private static <T> Answer<T> call(java.util.function.Supplier<T> call) {
        return ServiceCalls.call(SopLibrary.SERVICE, call);
    }
}
