package io.vigil.console.cases;

import io.vigil.console.outbound.ServiceFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an investigator's start page is made of: the queues they can claim from, how much waits in each, and
 * their own open cases, most urgent first.
 */
@ApplicationScoped
public class MyWork {

    static final List<String> OPEN_STATUSES = List.of("NEW", "TRIAGED", "IN_PROGRESS", "WAITING", "ESCALATED",
            "REOPENED");
    private static final int OWN_CASES_PER_STATUS = 100;

    private final CaseDirectory directory;

    public MyWork(CaseDirectory directory) {
        this.directory = directory;
    }

    /** Standard queues for everyone who works cases; the lead queues (escalations) for leads only. */
    public List<Queue> queues(boolean lead) {
        return directory.queues().stream().filter(q -> lead || !q.isLeadQueue())
                .sorted(Comparator.comparing(Queue::region).thenComparing(Queue::name)).toList();
    }

    /**
     * The user's open cases by priority, then the nearest resolution due time. case-service filters one status
     * at a time, so each open status is asked for: exact, where one "assigned to me" page would miss an old open
     * case behind newer closed ones.
     */
    public List<CaseSummary> openCasesOf(String user) {
        List<CaseSummary> open = new ArrayList<>();
        for (String status : OPEN_STATUSES) {
            CaseQuery query = new CaseQuery(status, null, user, null, null, null, null, null);
            open.addAll(directory.page(query, OWN_CASES_PER_STATUS).items());
        }
        open.sort(Comparator.comparing((CaseSummary c) -> c.priority() == null ? "P9" : c.priority())
                .thenComparing(c -> c.sla() == null || c.sla().resolutionDue() == null ? Instant.MAX
                        : c.sla().resolutionDue()));
        return List.copyOf(open);
    }

    /** Unassigned open cases in a queue (what claim-next hands out); throws {@link ServiceFailedException}. */
    public Waiting waiting(UUID queueId) {
        return new Waiting(directory.waiting(queueId).waiting(), false);
    }

    /**
     * Every visible queue's count from one call (case-service counts off its claim-next index); when case-service
     * does not answer, each count reads as unknown and the page still works.
     */
    public Counts waitingCounts() {
        try {
            Map<UUID, Waiting> counts = new HashMap<>();
            directory.waiting().items().forEach(w -> counts.put(w.queueId(), new Waiting(w.waiting(), false)));
            return new Counts(counts);
        } catch (ServiceFailedException e) {
            return new Counts(Map.of());
        }
    }

    /** The waiting counts of the queues on the page. */
    public record Counts(Map<UUID, Waiting> counts) {

        public Waiting of(UUID queueId) {
            return counts.getOrDefault(queueId, Waiting.unknown());
        }
    }

    /** How many cases wait; {@code atLeast} when the queue has more cases than were looked at. */
    public record Waiting(long count, boolean atLeast, boolean known) {

        public Waiting(long count, boolean atLeast) {
            this(count, atLeast, true);
        }

        /** case-service could not be asked; the page still works, the count says so. */
        public static Waiting unknown() {
            return new Waiting(0, false, false);
        }

        public String label() {
            return known ? count + (atLeast ? "+" : "") : "?";
        }

        public String description() {
            if (!known) {
                return "count unavailable";
            }
            return (atLeast ? "at least " : "") + count + (count == 1 && !atLeast ? " case waits" : " cases wait");
        }
    }
}
