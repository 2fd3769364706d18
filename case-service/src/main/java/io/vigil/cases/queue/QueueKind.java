package io.vigil.cases.queue;

/** A standard work queue, the lead queue that breached urgent cases are escalated to, or an appeals queue. */
public enum QueueKind {
    STANDARD, LEAD, APPEALS
}
