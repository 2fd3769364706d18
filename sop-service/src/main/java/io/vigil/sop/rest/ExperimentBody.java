package io.vigil.sop.rest;

import io.vigil.sop.experiment.Experiment;
import io.vigil.sop.experiment.ExperimentStatus;
import java.time.Instant;
import java.util.UUID;

/** An experiment as the API shows it. */
public record ExperimentBody(UUID id, String sop, String name, int candidate, double candidateShare,
        ExperimentStatus status, String createdBy, Instant createdAt, Instant stoppedAt) {

    static ExperimentBody from(String key, Experiment e) {
        return new ExperimentBody(e.id(), key, e.name(), e.candidate(), e.candidateShare(), e.status(),
                e.createdBy(), e.createdAt(), e.stoppedAt());
    }
}
