package io.vigil.sop.experiment;

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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Starts and stops A/B experiments and tells which version a ticket walks. */
@ApplicationScoped
public class ExperimentService {

    private final SopRepository sops;
    private final ExperimentRepository experiments;
    private final VersionLibrary library;
    private final SopAudit audit;
    private final IdGenerator ids;
    private final Clock clock;

    public ExperimentService(SopRepository sops, ExperimentRepository experiments, VersionLibrary library,
            SopAudit audit, IdGenerator ids, Clock clock) {
        this.sops = sops;
        this.experiments = experiments;
        this.library = library;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** The candidate must be approved (reviewed under four-eyes) and the SOP must have a version in effect. */
    @Transactional
    public Experiment start(String key, String name, int candidate, double share, Caller caller) {
        Sop sop = getSop(key);
        SopVersion version = library.get(key, candidate);
        if (version.status() != VersionStatus.APPROVED) {
            throw new ConflictException("candidate-not-approved", "Version " + candidate + " is " + version.status()
                    + "; only an approved version can be a candidate", Map.of("status", version.status()));
        }
        // 404 when nothing is in effect: without a control arm there is nothing to compare the candidate with
        library.resolve(key, Optional.empty());
        experiments.findActive(sop).ifPresent(running -> {
            throw new ConflictException("experiment-running", "Experiment " + running.id() + " is already running"
                    + " for " + key + "; stop it first", Map.of("experiment", running.id()));
        });
        Experiment started = Experiment.start(ids.next(), sop.id(), name, candidate, share, caller.username(),
                clock.instant());
        experiments.persistAndFlush(started);
        audit.sopChange("sop.experiment.start", sop).sop(key, candidate)
                .change("experiment", null, started.id().toString()).record();
        return started;
    }

    @Transactional
    public Experiment stop(String key, UUID id) {
        Sop sop = getSop(key);
        Experiment experiment = experiments.get(sop, id);
        experiment.stop(clock.instant());
        experiments.flush();
        audit.sopChange("sop.experiment.stop", sop).sop(key, experiment.candidate())
                .change("experiment", id.toString(), null).record();
        return experiment;
    }

    public Experiment get(String key, UUID id) {
        return experiments.get(getSop(key), id);
    }

    /** The arm and version a ticket walks in this experiment. */
    public Assignment assign(String key, UUID id, String ticketId) {
        Experiment experiment = get(key, id);
        Arm arm = experiment.armOf(ticketId);
        int version = arm == Arm.CANDIDATE ? experiment.candidate()
                : library.resolve(key, Optional.empty()).number();
        return new Assignment(experiment.id(), ticketId, arm, version);
    }

    private Sop getSop(String key) {
        return sops.findByKey(key).orElseThrow(() -> new SopNotFoundException(key));
    }

    /** Where one ticket goes in an experiment. */
    public record Assignment(UUID experiment, String ticketId, Arm arm, int version) {
    }
}
