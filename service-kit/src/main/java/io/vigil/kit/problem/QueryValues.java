package io.vigil.kit.problem;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Parses enum-valued query parameters itself, because JAX-RS answers a bad one with 404, which tells
 * the client nothing about which parameter was wrong.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value) || constant.toString().equals(value)) {
                return Optional.of(constant);
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", "));
        throw new InvalidRequestException(parameter, "'" + value + "' is not one of: " + allowed);
    }
}
