package io.vigil.audit.log;

import io.vigil.audit.log.IngestEnvelope.Actor;
import io.vigil.audit.log.IngestEnvelope.ActorType;
import io.vigil.audit.log.IngestEnvelope.Change;
import io.vigil.audit.log.IngestEnvelope.Outcome;
import io.vigil.audit.log.IngestEnvelope.OutcomeStatus;
import io.vigil.audit.log.IngestEnvelope.Payload;
import io.vigil.audit.log.IngestEnvelope.Reason;
import io.vigil.audit.log.IngestEnvelope.Sop;
import io.vigil.audit.log.IngestEnvelope.Subject;
import io.vigil.audit.log.IngestEnvelope.Target;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Envelopes for the ingest domain tests: one with every member set, including text that needs escaping. */
final class EnvelopeFixtures {

    private EnvelopeFixtures() {
    }

    static IngestEnvelope full() {
        return new IngestEnvelope(UUID.fromString("019a0000-0000-7000-8000-000000000001"), "case-service", 42L,
                Instant.parse("2026-11-23T10:15:30.123456Z"),
                new Actor(ActorType.user, "sub-ivy", List.of("investigator", "lead"), "sub-lee"), "case.transition",
                new Outcome(OutcomeStatus.failure, "conflict"), new Target("case", "case-4242", 2L), "US",
                new Reason("triaged", "Zurück → \"triage\"\t\u00e9 \ud83d\ude00 \\ \u0001"), new Sop("shop.counterfeit", 3),
                "corr-1", "trace-1", List.of(new Subject("A-9", "account"), new Subject("A-\"10\"", null)),
                List.of(new Change("status", "NEW", "TRIAGED"), new Change("note", null, "x")),
                new Payload("A-9", "key-1", "bm9uY2U=", "Y2lwaGVy"), null);
    }

    static IngestEnvelope minimal() {
        return new IngestEnvelope(UUID.fromString("019a0000-0000-7000-8000-000000000002"), "sop-service", 0L,
                Instant.parse("2026-11-23T10:15:30Z"), new Actor(ActorType.system, "scheduler", null, null), "sop.publish",
                new Outcome(OutcomeStatus.success, null), null, null, null, null, null, null, null, null, null, null);
    }
}
