package io.vigil.console.outbound;

import java.util.function.Function;

/** What a page got from one call to a service: the value, or the failure that stands in for it. */
public record Answer<T>(T value, ServiceFailure failure) {

    public static <T> Answer<T> of(T value) {
        return new Answer<>(value, null);
    }

    public static <T> Answer<T> failed(ServiceFailure failure) {
        return new Answer<>(null, failure);
    }

    public boolean ok() {
        return failure == null;
    }

    public <R> Answer<R> map(Function<T, R> mapper) {
        return ok() ? of(mapper.apply(value)) : failed(failure);
    }

    /** The value, or {@code fallback} when the call failed. */
    public T orElse(T fallback) {
        return ok() ? value : fallback;
    }
}
