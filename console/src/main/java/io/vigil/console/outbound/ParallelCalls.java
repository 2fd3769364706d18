package io.vigil.console.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.MDC;

/**
 * Starts independent service calls of one page at once, so the page waits for the slowest call instead of the
 * sum of them. The managed executor carries the request's CDI context (the user's identity, whose token
 * {@link ForwardedHeaders} forwards); the request id is carried by hand, as the log's MDC is per thread. Each
 * call keeps {@link ServiceCalls}' failure model: it ends as an {@link Answer}, never as an exception.
 */
@ApplicationScoped
public class ParallelCalls {

    private final ManagedExecutor executor;

    public ParallelCalls(ManagedExecutor executor) {
        this.executor = executor;
    }

    /** Starts the call now; {@link Pending#answer()} waits for it. */
    public <T> Pending<T> start(String service, Supplier<T> call) {
        Object requestId = MDC.get("requestId");
        Supplier<Answer<T>> task = () -> withRequestId(requestId, () -> ServiceCalls.call(service, call));
        try {
            return new Pending<>(executor.supplyAsync(task));
        } catch (RejectedExecutionException busy) {
            // No thread to spare: the call is made here and now, as it was before calls ran side by side.
            return new Pending<>(CompletableFuture.completedFuture(task.get()));
        }
    }

    private static <T> T withRequestId(Object requestId, Supplier<T> call) {
        Object before = MDC.get("requestId");
        if (requestId != null) {
            MDC.put("requestId", requestId);
        }
        try {
            return call.get();
        } finally {
            if (before == null) {
                MDC.remove("requestId");
            } else {
                MDC.put("requestId", before);
            }
        }
    }

    /** A call under way. */
    public static final class Pending<T> {

        private final CompletableFuture<Answer<T>> future;

        Pending(CompletableFuture<Answer<T>> future) {
            this.future = future;
        }

        /** The call's answer, once it has one; what the call threw unexpectedly is thrown here as it was. */
        public Answer<T> answer() {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
