package io.vigil.sop.consistency;

/** What case-service or the ticketbot reports about one ticket decided under a version. */
public record DecisionReport(String ticketId, String botOutcome, String humanOutcome, Integer csat) {
}
