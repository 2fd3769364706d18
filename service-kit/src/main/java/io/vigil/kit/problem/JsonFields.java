package io.vigil.kit.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Describes a JSON binding failure in the client's terms: the field path and the value that was wrong. */
final class JsonFields {

    private JsonFields() {
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String message(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (e instanceof InvalidFormatException invalid && target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return "'" + invalid.getValue() + "' is not one of: " + allowed;
        }
        if (e instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not a valid " + kind(target);
        }
        return "expected " + kind(target);
    }

    private static String kind(Class<?> target) {
        if (target == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "boolean";
        }
        if (target == String.class || target.isEnum()) {
            return "string";
        }
        if (target.isArray() || Iterable.class.isAssignableFrom(target)) {
            return "array";
        }
        if (target.getName().startsWith("java.time.")) {
            return "RFC 3339 timestamp";
        }
        if (target == java.util.UUID.class) {
            return "UUID";
        }
        return "object";
    }
}
