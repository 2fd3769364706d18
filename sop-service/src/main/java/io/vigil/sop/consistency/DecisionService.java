package io.vigil.sop.consistency;

import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.security.Caller;
import io.vigil.sop.Sop;
import io.vigil.sop.SopAudit;
import io.vigil.sop.SopNotFoundException;
import io.vigil.sop.SopRepository;
import io.vigil.sop.SopVersion;
import io.vigil.sop.VersionLibrary;
import io.vigil.sop.VersionStatus;
import io.vigil.sop.config.SopConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Records production decisions per version and turns them into consistency, kappa, AC1, CSAT and A/B reports. */
@ApplicationScoped
public class DecisionService {

    /** Versions that can meet real tickets: approved candidates in experiments, and published ones. */
    private static final Set<VersionStatus> LIVE = EnumSet.of(VersionStatus.APPROVED, VersionStatus.PUBLISHED,
            VersionStatus.RETIRED);

    private final SopRepository sops;
    private final VersionLibrary library;
    private final DecisionRepository decisions;
    private final SopAudit audit;
    private final SopConfig config;
    private final IdGenerator ids;
    private final Clock clock;

    public DecisionService(SopRepository sops, VersionLibrary library, DecisionRepository decisions, SopAudit audit,
            SopConfig config, IdGenerator ids, Clock clock) {
        this.sops = sops;
        this.library = library;
        this.decisions = decisions;
        this.audit = audit;
        this.config = config;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public Decision record(String key, int number, DecisionReport report, Caller caller) {
        Sop sop = getSop(key);
        SopVersion version = library.get(key, number);
        if (!LIVE.contains(version.status())) {
            throw new ConflictException("version-not-live", "Version " + number + " is " + version.status()
                    + "; decisions are recorded for approved, published or retired versions",
                    Map.of("status", version.status()));
        }
        if (decisions.exists(sop, number, report.ticketId())) {
            throw new ConflictException("decision-recorded", "A decision for ticket " + report.ticketId()
                    + " under version " + number + " is already recorded");
        }
        Decision decision = Decision.record(ids.next(), sop.id(), number, report, caller.username(), clock.instant());
        decisions.persistAndFlush(decision);
        audit.versionEvent("sop.decision.record", key, number)
                .change("outcome", report.botOutcome(), report.humanOutcome()).record();
        return decision;
    }

    public VersionStats stats(String key, int number) {
        Sop sop = getSop(key);
        library.get(key, number);
        long[] csat = decisions.csat(sop, number);
        return VersionStats.of(number, Agreement.of(decisions.table(sop, number)), csat[0], csat[1]);
    }

    /** Version b against version a on live consistency and on CSAT. */
    public AbReport compare(String key, int a, int b) {
        VersionStats first = stats(key, a);
        VersionStats second = stats(key, b);
        long min = config.ab().minSample();
        double width = config.ab().maxIntervalWidth();
        return new AbReport(first, second,
                Comparison.of(first.agreement().agreed(), first.agreement().total(), second.agreement().agreed(),
                        second.agreement().total(), min, width),
                Comparison.of(first.csat().goodOrExcellent(), first.csat().rated(), second.csat().goodOrExcellent(),
                        second.csat().rated(), min, width));
    }

    private Sop getSop(String key) {
        return sops.findByKey(key).orElseThrow(() -> new SopNotFoundException(key));
    }

    /** Two versions' stats side by side, and the verdict on each rate. */
    public record AbReport(VersionStats a, VersionStats b, Comparison consistency, Comparison csat) {
    }
}
