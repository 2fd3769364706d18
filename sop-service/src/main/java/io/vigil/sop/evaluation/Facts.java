package io.vigil.sop.evaluation;

import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.sop.tree.FactType;
import java.util.HashMap;
import java.util.Map;

/**
 * Flattens facts as clients send them ({"order": {"amount": 250}}) into CEL variables ("order.amount") of
 * the declared types, so a JSON integer given for a double fact still compares correctly.
 */
final class Facts {

    private Facts() {
    }

    static Map<String, Object> flatten(Map<String, Object> given, Map<String, FactType> declared) {
        Map<String, Object> flat = new HashMap<>();
        collect("", given, flat);
        Map<String, Object> typed = new HashMap<>();
        declared.forEach((name, type) -> {
            if (flat.get(name) != null) {
                typed.put(name, coerce(name, flat.get(name), type));
            }
        });
        return typed;
    }

    private static void collect(String prefix, Map<?, ?> values, Map<String, Object> flat) {
        values.forEach((key, value) -> {
            String name = prefix + key;
            if (value instanceof Map<?, ?> nested) {
                collect(name + ".", nested, flat);
            } else {
                flat.put(name, value);
            }
        });
    }

    private static Object coerce(String name, Object value, FactType type) {
        Object typed = switch (type) {
            case DOUBLE -> value instanceof Number n ? n.doubleValue() : null;
            case INT -> value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? n.longValue() : null;
            case BOOL -> value instanceof Boolean ? value : null;
            case STRING -> value instanceof String ? value : null;
        };
        if (typed == null) {
            throw new InvalidRequestException("facts." + name, "must be of type " + type.label());
        }
        return typed;
    }
}
