package io.vigil.cases;

/**
 * Fired synchronously, inside the escalating transaction, when an urgent case is escalated: a P0 case moved to
 * ESCALATED by anyone, or a P0/P1 case escalated by the SLA sweep after a breach. Observers add to that transaction
 * (the on-shift lead's page is queued there), so the page exists exactly when the escalation commits. The reason
 * is a code ({@code manual}, {@code sla-breached}), never free text, because it leaves Vigil in the page.
 */
public record UrgentCaseEscalated(Case kase, String reason) {
}
