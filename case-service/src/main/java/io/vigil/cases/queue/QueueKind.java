package io.vigil.cases.queue;

/** A standard work queue, or the lead queue that breached urgent cases are escalated to. */
public enum QueueKind {
    STANDARD, LEAD
}
