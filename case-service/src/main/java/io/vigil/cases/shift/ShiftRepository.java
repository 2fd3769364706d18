package io.vigil.cases.shift;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Shifts, read within the caller's regions like cases are; the roster is ordered by start time. */
@ApplicationScoped
public class ShiftRepository implements PanacheRepositoryBase<Shift, UUID> {

    public Optional<Shift> findVisible(UUID id, Set<String> regions) {
        return find("id = :id and region in :regions", Parameters.with("id", id).and("regions", regions))
                .firstResultOptional();
    }

    /** One keyset page by (start, id), starting after {@code after}. */
    public List<Shift> listVisible(ShiftFilter filter, Set<String> regions, Optional<ShiftPosition> after,
            int limit) {
        StringBuilder query = new StringBuilder("region in :regions");
        Parameters params = Parameters.with("regions", regions);
        filter.region().ifPresent(r -> and(query, params, "region = :region", "region", r));
        filter.queueId().ifPresent(q -> and(query, params, "queueId = :queue", "queue", q));
        filter.person().ifPresent(p -> and(query, params, "person = :person", "person", p));
        filter.role().ifPresent(r -> and(query, params, "role = :role", "role", r));
        filter.from().ifPresent(f -> and(query, params, "endsAt > :from", "from", f));
        filter.to().ifPresent(t -> and(query, params, "startsAt < :to", "to", t));
        after.ifPresent(a -> {
            and(query, params, "(startsAt > :afterStart or (startsAt = :afterStart and id > :afterId))",
                    "afterStart", a.startsAt());
            params.and("afterId", a.id());
        });
        PanacheQuery<Shift> found = find(query.append(" order by startsAt, id").toString(), params);
        return found.page(0, limit).list();
    }

    /** Whether the person has another shift overlapping [start, end). */
    public boolean overlaps(String person, Instant start, Instant end, UUID except) {
        return count("person = :person and startsAt < :end and endsAt > :start and id <> :except",
                Parameters.with("person", person).and("start", start).and("end", end).and("except", except)) > 0;
    }

    /** Everyone on duty at {@code at} in a region; for a queue, its own shifts and the region-wide ones. */
    public List<Shift> onDuty(String region, Optional<UUID> queueId, Instant at) {
        String query = "region = :region and startsAt <= :at and endsAt > :at"
                + (queueId.isPresent() ? " and (queueId = :queue or queueId is null)" : "")
                + " order by role, startsAt, id";
        Parameters params = Parameters.with("region", region).and("at", at);
        queueId.ifPresent(q -> params.and("queue", q));
        return list(query, params);
    }

    private static void and(StringBuilder query, Parameters params, String clause, String name, Object value) {
        query.append(" and ").append(clause);
        params.and(name, value);
    }
}
