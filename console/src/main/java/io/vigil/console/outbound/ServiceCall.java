package io.vigil.console.outbound;

import java.util.function.Supplier;

/**
 * A call whose failure ends what the page was doing: the {@link ServiceFailure} travels as a
 * {@link ServiceFailedException} to the code that shows it (a form's refusal, or the shell's failure page), so
 * no client exception ever reaches service-kit's JSON problem mappers.
 */
public final class ServiceCall {

    private ServiceCall() {
    }

    public static <T> T of(String service, Supplier<T> call) {
        Answer<T> answer = ServiceCalls.call(service, call);
        if (!answer.ok()) {
            throw new ServiceFailedException(answer.failure());
        }
        return answer.value();
    }

    public static void run(String service, Runnable call) {
        of(service, () -> {
            call.run();
            return Boolean.TRUE;
        });
    }
}
