package io.vigil.audit.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The hand-over between request threads and the sequencer's appending thread: each request waits while the thread
 * appends every request queued meanwhile in one transaction, so concurrent producers share one commit (group commit,
 * as PostgreSQL does for its WAL) instead of paying one each.
 */
final class GroupCommit {

    /** How long a request waits for its group before it takes the ingest queue instead. */
    private static final long PATIENCE_SECONDS = 10;

    private final LinkedBlockingQueue<Submission> waiting = new LinkedBlockingQueue<>();

    /** Waits until the entries are committed: for each whether it was new; empty when they were not appended. */
    Optional<boolean[]> submit(List<LogEntry> entries) throws InterruptedException {
        Submission submission = new Submission(entries, new CompletableFuture<>());
        waiting.add(submission);
        try {
            return submission.answer().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    /** The next group: waits up to {@code millis} for one submission, then takes those queued behind it up to {@code events}. */
    List<Submission> next(long millis, int events) throws InterruptedException {
        Submission first = waiting.poll(millis, TimeUnit.MILLISECONDS);
        if (first == null) {
            return List.of();
        }
        List<Submission> group = new ArrayList<>();
        group.add(first);
        int taken = first.entries().size();
        Submission more;
        while (taken < events && (more = waiting.peek()) != null && taken + more.entries().size() <= events) {
            group.add(waiting.poll());
            taken += more.entries().size();
        }
        return group;
    }

    /** Answers every waiting request that it was not appended here (so it takes the ingest queue). */
    void refuseWaiting() {
        Submission s;
        while ((s = waiting.poll()) != null) {
            s.refuse();
        }
    }

    /** One request's entries and the answer it waits for. */
    record Submission(List<LogEntry> entries, CompletableFuture<Optional<boolean[]>> answer) {

        void appended(boolean[] fresh) {
            answer.complete(Optional.of(fresh));
        }

        void refuse() {
            answer.complete(Optional.empty());
        }
    }
}
