package io.vigil.cases.shift;

import io.vigil.audit.client.AuditLog;
import io.vigil.cases.queue.QueueRepository;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.page.Cursor;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.problem.ProblemException;
import io.vigil.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** The roster: leads and admins plan shifts in their regions; everyone with access reads who is on duty. */
@ApplicationScoped
public class ShiftService {

    private final ShiftRepository shifts;
    private final QueueRepository queues;
    private final AuditLog audit;
    private final IdGenerator ids;
    private final Clock clock;

    ShiftService(ShiftRepository shifts, QueueRepository queues, AuditLog audit, IdGenerator ids, Clock clock) {
        this.shifts = shifts;
        this.queues = queues;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public Shift create(ShiftSpec spec, Caller caller) {
        UUID id = ids.next();
        guarded("shift.create", id, spec.region(), () -> check(spec, id, caller));
        Shift shift = new Shift(id, spec, caller.username(), clock.instant());
        shifts.persistAndFlush(shift);
        audit.event("shift.create").target("shift", id.toString(), shift.version()).region(shift.region())
                .change("shift", null, describe(shift)).record();
        return shift;
    }

    @Transactional
    public Shift update(UUID id, ShiftSpec spec, OptionalLong ifMatch, Caller caller) {
        Shift shift = getFor("shift.update", id, caller);
        String before = describe(shift);
        guarded("shift.update", id, shift.region(), () -> {
            shift.requireVersion(ifMatch);
            check(spec, id, caller);
            shift.reschedule(spec);
        });
        shifts.flush();
        audit.event("shift.update").target("shift", id.toString(), shift.version()).region(shift.region())
                .change("shift", before, describe(shift)).record();
        return shift;
    }

    @Transactional
    public void delete(UUID id, OptionalLong ifMatch, Caller caller) {
        Shift shift = getFor("shift.delete", id, caller);
        guarded("shift.delete", id, shift.region(), () -> shift.requireVersion(ifMatch));
        shifts.delete(shift);
        audit.event("shift.delete").target("shift", id.toString(), shift.version()).region(shift.region())
                .change("shift", describe(shift), null).record();
    }

    public Shift get(UUID id, Caller caller) {
        return shifts.findVisible(id, caller.regions()).orElseThrow(() -> new ShiftNotFoundException(id));
    }

    public Page<Shift> list(ShiftFilter filter, PageRequest page, Caller caller) {
        if (caller.regions().isEmpty()) {
            return new Page<>(List.of(), null);
        }
        List<Shift> found = shifts.listVisible(filter, caller.regions(), page.after().map(ShiftPosition::decode),
                page.limit() + 1);
        boolean more = found.size() > page.limit();
        List<Shift> items = more ? found.subList(0, page.limit()) : found;
        String next = more ? Cursor.encode(ShiftPosition.of(items.get(items.size() - 1)).encode()) : null;
        return new Page<>(List.copyOf(items), next);
    }

    /** Who is on duty at {@code at} (now when absent) in a region the caller may see, or one of its queues. */
    public OnDuty onDuty(String region, Optional<UUID> queueId, Optional<Instant> at, Caller caller) {
        if (!caller.maySee(region)) {
            throw new InvalidRequestException("region", "must be one of your regions");
        }
        queueId.ifPresent(q -> queues.findVisible(q, caller.regions()).filter(queue -> queue.region().equals(region))
                .orElseThrow(() -> new InvalidRequestException("queueId", "must be a queue of region " + region)));
        Instant moment = at.orElse(clock.instant());
        List<Shift> present = shifts.onDuty(region, queueId, moment);
        return new OnDuty(region, queueId, moment, present.stream().filter(s -> s.role() == ShiftRole.LEAD).toList(),
                present.stream().filter(s -> s.role() == ShiftRole.INVESTIGATOR).toList());
    }

    private void check(ShiftSpec spec, UUID id, Caller caller) {
        if (!caller.maySee(spec.region())) {
            throw new ShiftRegionNotPermittedException(spec.region());
        }
        if (spec.queueId() != null && queues.findVisible(spec.queueId(), caller.regions())
                .filter(queue -> queue.region().equals(spec.region())).isEmpty()) {
            throw new InvalidRequestException("queueId", "must be a queue of region " + spec.region());
        }
        if (shifts.overlaps(spec.person(), spec.startsAt(), spec.endsAt(), id)) {
            throw new ConflictException("shift-overlap", spec.person() + " already has a shift overlapping "
                    + spec.startsAt() + " to " + spec.endsAt());
        }
    }

    private Shift getFor(String action, UUID id, Caller caller) {
        return shifts.findVisible(id, caller.regions()).orElseThrow(() -> {
            denied(action, id, null, "not-found", "no such shift in the caller's regions");
            return new ShiftNotFoundException(id);
        });
    }

    /** Runs a rule check; a refusal is audited as denied in its own transaction and then rethrown. */
    private void guarded(String action, UUID id, String region, Runnable rules) {
        try {
            rules.run();
        } catch (ProblemException refused) {
            denied(action, id, region, refused.slug(), refused.getMessage());
            throw refused;
        }
    }

    private void denied(String action, UUID id, String region, String code, String text) {
        audit.event(action).denied(code).target("shift", id.toString(), null).region(region).reason(code, text)
                .recordSeparately();
    }

    private static String describe(Shift s) {
        return s.person() + " " + s.role() + " " + s.region() + (s.queueId() == null ? "" : "/" + s.queueId()) + " "
                + s.startsAt() + ".." + s.endsAt();
    }
}
