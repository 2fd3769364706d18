package io.vigil.cases.queue;

/** What a lead says a queue is: its name, the domain, region and skill it serves and its kind. */
public record QueueSpec(String name, String domain, String region, String skill, QueueKind kind) {
}
