package io.vigil.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks an object against a CRD's structural OpenAPI v3 schema the way strict validation does: JSON types
 * (with Kubernetes' int-or-string), known fields only unless the schema preserves unknown ones, required
 * fields, enums and numeric bounds. CEL rules ({@code x-kubernetes-validations}) are the API server's and are
 * not evaluated here.
 */
final class StructuralSchema {

    private final List<String> faults = new ArrayList<>();

    private StructuralSchema() {
    }

    /** Faults of a whole custom resource: the API server always accepts apiVersion, kind and metadata at the root. */
    static List<String> faultsOfResource(JsonNode schema, JsonNode resource) {
        StructuralSchema check = new StructuralSchema();
        ObjectNode body = resource.deepCopy();
        for (String envelope : List.of("apiVersion", "kind", "metadata")) {
            if (!schema.path("properties").has(envelope)) {
                body.remove(envelope);
            }
        }
        if (!resource.at("/metadata/name").isTextual()) {
            check.faults.add(".metadata.name: required field missing");
        }
        check.visit(schema, body, "");
        return check.faults;
    }

    static List<String> faults(JsonNode schema, JsonNode value) {
        StructuralSchema check = new StructuralSchema();
        check.visit(schema, value, "");
        return check.faults;
    }

    private void visit(JsonNode schema, JsonNode value, String path) {
        if (value.isNull() && schema.path("nullable").asBoolean(false)) {
            return;
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            expect(value.isIntegralNumber() || value.isTextual(), path, "an integer or a string", value);
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> visitObject(schema, value, path);
            case "array" -> visitArray(schema, value, path);
            case "string" -> {
                expect(value.isTextual(), path, "a string", value);
                checkEnum(schema, value, path);
            }
            case "integer" -> {
                expect(value.isIntegralNumber(), path, "an integer", value);
                checkBounds(schema, value, path);
            }
            case "number" -> {
                expect(value.isNumber(), path, "a number", value);
                checkBounds(schema, value, path);
            }
            case "boolean" -> expect(value.isBoolean(), path, "a boolean", value);
            default -> visitUntyped(schema, value, path);
        }
    }

    private void visitObject(JsonNode schema, JsonNode value, String path) {
        if (!expect(value.isObject(), path, "an object", value)) {
            return;
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String child = path + "." + field.getKey();
            if (properties.has(field.getKey())) {
                visit(properties.get(field.getKey()), field.getValue(), child);
            } else if (additional != null && additional.isObject()) {
                visit(additional, field.getValue(), child);
            } else if (!preserve && !(additional != null && additional.asBoolean(false)) && properties.size() > 0) {
                faults.add(child + ": unknown field");
            }
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                faults.add(path + "." + required.asText() + ": required field missing");
            }
        }
    }

    private void visitArray(JsonNode schema, JsonNode value, String path) {
        if (!expect(value.isArray(), path, "an array", value)) {
            return;
        }
        JsonNode items = schema.path("items");
        for (int i = 0; i < value.size(); i++) {
            if (items.isObject()) {
                visit(items, value.get(i), path + "[" + i + "]");
            }
        }
    }

    private void visitUntyped(JsonNode schema, JsonNode value, String path) {
        JsonNode alternatives = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
        if (alternatives == null) {
            return;
        }
        for (JsonNode alternative : alternatives) {
            if (faults(alternative, value).isEmpty()) {
                return;
            }
        }
        faults.add(path + ": matches none of the allowed forms");
    }

    private void checkEnum(JsonNode schema, JsonNode value, String path) {
        JsonNode allowed = schema.get("enum");
        if (allowed == null) {
            return;
        }
        for (JsonNode option : allowed) {
            if (option.asText().equals(value.asText())) {
                return;
            }
        }
        faults.add(path + ": '" + value.asText() + "' is not one of " + allowed);
    }

    private void checkBounds(JsonNode schema, JsonNode value, String path) {
        if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
            faults.add(path + ": below the minimum " + schema.get("minimum"));
        }
        if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
            faults.add(path + ": above the maximum " + schema.get("maximum"));
        }
    }

    private boolean expect(boolean ok, String path, String what, JsonNode value) {
        if (!ok) {
            faults.add(path + ": expected " + what + ", found " + value.getNodeType().name().toLowerCase());
        }
        return ok;
    }
}
