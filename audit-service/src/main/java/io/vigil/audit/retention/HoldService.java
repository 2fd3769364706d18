package io.vigil.audit.retention;

import io.vigil.audit.log.IngestEnvelope.Actor;
import io.vigil.audit.log.IngestEnvelope.Target;
import io.vigil.audit.log.SelfAudit;
import io.vigil.audit.log.SelfEvent;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Places and releases legal holds, each recorded in the log in the same transaction. */
@ApplicationScoped
public class HoldService {

    private final LegalHolds holds;
    private final SelfAudit audit;
    private final IdGenerator ids;
    private final Clock clock;

    public HoldService(LegalHolds holds, SelfAudit audit, IdGenerator ids, Clock clock) {
        this.holds = holds;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public LegalHold place(String reason, Instant from, Instant to, String subjectRef, Actor by) {
        if (!from.isBefore(to)) {
            throw new InvalidRequestException("from", "must be before to");
        }
        LegalHold hold = new LegalHold(ids.next(), reason, from, to, subjectRef, by.ref(), clock.instant(), null, null);
        holds.insert(hold);
        record(by, "hold.place", hold);
        return hold;
    }

    @Transactional
    public LegalHold release(UUID id, Actor by) {
        LegalHold hold = holds.release(id, by.ref(), clock.instant());
        record(by, "hold.release", hold);
        return hold;
    }

    private void record(Actor by, String action, LegalHold hold) {
        SelfEvent event = SelfEvent.success(by, action, new Target("legal-hold", hold.id().toString(), null), "legal-hold",
                hold.reason() + " [" + hold.from() + ", " + hold.to() + ")");
        audit.record(hold.subjectRef() == null ? event : event.about(hold.subjectRef()));
    }
}
