package io.vigil.cases.shift;

import io.vigil.audit.client.AuditLog;
import io.vigil.cases.Keyset;
import io.vigil.cases.queue.QueueRepository;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Handover notes between shifts: anyone working a region's cases leaves one for the next shift; everyone who reads the
 * roster reads them. The note's text is not put in the audit event (free text stays out of the log), only that one
 * was written, by whom, for which region.
 */
@ApplicationScoped
public class Handovers {

    private final HandoverRepository handovers;
    private final QueueRepository queues;
    private final AuditLog audit;
    private final IdGenerator ids;
    private final Clock clock;

    Handovers(HandoverRepository handovers, QueueRepository queues, AuditLog audit, IdGenerator ids,
            Clock clock) {
        this.handovers = handovers;
        this.queues = queues;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public Handover write(String region, Optional<UUID> queueId, String body, Caller caller) {
        UUID id = ids.next();
        if (!caller.maySee(region)) {
            audit.event("shift.handover").denied("region-not-permitted").target("handover", id.toString(), null)
                    .region(region).reason("region-not-permitted", "not one of the caller's regions")
                    .recordSeparately();
            throw new ShiftRegionNotPermittedException(region);
        }
        queueId.ifPresent(q -> queues.findVisible(q, caller.regions()).filter(queue -> queue.region().equals(region))
                .orElseThrow(() -> new InvalidRequestException("queueId", "must be a queue of region " + region)));
        String text = body.strip();
        if (text.isEmpty() || text.length() > Handover.MAX_BODY) {
            throw new InvalidRequestException("body", "must be 1 to " + Handover.MAX_BODY + " characters");
        }
        Handover note = new Handover(id, region, queueId.orElse(null), caller.username(), text, clock.instant());
        handovers.persist(note);
        audit.event("shift.handover").target("handover", id.toString(), null).region(region).record();
        return note;
    }

    public Page<Handover> list(Optional<String> region, PageRequest page, Caller caller) {
        if (caller.regions().isEmpty()) {
            return new Page<>(List.of(), null);
        }
        return Keyset.page(handovers.page(caller.regions(), region, Keyset.after(page), page.limit() + 1), page,
                Handover::id);
    }
}
