package io.vigil.console.sop;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vigil.console.format.Times;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Who in a version's audience has acknowledged it, who has not, and who is overdue. */
@RegisterForReflection
public record AdoptionReport(String sop, int version, Instant effectiveFrom, Instant dueBy, int audience,
        int acknowledged, int pending, int overdue, List<Person> people) {

    public AdoptionReport {
        people = people == null ? List.of() : List.copyOf(people);
    }

    public String due() {
        return dueBy == null ? "not set" : Times.utc(dueBy);
    }

    public List<Person> notYet() {
        return people.stream().filter(p -> p.inAudience() && p.acknowledgedAt() == null).toList();
    }

    public List<Person> done() {
        return people.stream().filter(p -> p.acknowledgedAt() != null).toList();
    }

    public Optional<Person> find(String username) {
        return people.stream().filter(p -> p.username().equals(username)).findFirst();
    }

    /** One person on the roster (or outside it, having acknowledged anyway). */
    @RegisterForReflection
    public record Person(String username, boolean inAudience, Instant acknowledgedAt, boolean overdue) {

        public String acknowledged() {
            return Times.utc(acknowledgedAt);
        }
    }
}
