package io.vigil.sop.adoption;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Who in a version's audience has acknowledged it and who has not; someone who has not is overdue once the
 * acknowledgement window after the version took effect has passed.
 */
@RegisterForReflection
public record AdoptionReport(String sop, int version, Instant effectiveFrom, Instant dueBy, int audience,
        int acknowledged, int pending, int overdue, List<Entry> people) {

    public static AdoptionReport of(String key, int version, Instant effectiveFrom, Instant dueBy,
            List<String> roster, Map<String, Instant> acks, Instant now) {
        TreeSet<String> everyone = new TreeSet<>(roster);
        everyone.addAll(acks.keySet());
        boolean late = dueBy != null && now.isAfter(dueBy);
        List<Entry> people = everyone.stream().map(u -> new Entry(u, roster.contains(u), acks.get(u),
                acks.get(u) == null && late)).toList();
        int acknowledged = (int) people.stream().filter(p -> p.inAudience() && p.acknowledgedAt() != null).count();
        int overdue = (int) people.stream().filter(Entry::overdue).count();
        return new AdoptionReport(key, version, effectiveFrom, dueBy, roster.size(), acknowledged,
                roster.size() - acknowledged, overdue, people);
    }

    /** One person: in the audience (or acknowledged anyway), when they acknowledged, whether they are late. */
    @RegisterForReflection
    public record Entry(String username, boolean inAudience, Instant acknowledgedAt, boolean overdue) {
    }
}
