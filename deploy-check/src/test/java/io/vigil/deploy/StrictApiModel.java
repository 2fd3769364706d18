package io.vigil.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a built-in Kubernetes object into the fabric8 model of its apiVersion and kind, as strictly as the API
 * server's strict field validation: a field the model does not know, or a value of the wrong JSON type, fails.
 * The fabric8 classes collect unknown fields in an any-setter; this mapper ignores that annotation, so Jackson
 * reports them with their path instead.
 */
final class StrictApiModel {

    private static final Map<String, Class<?>> KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .annotationIntrospector(new WithoutAnySetter())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private StrictApiModel() {
    }

    static boolean knows(JsonNode doc) {
        return KINDS.containsKey(key(doc));
    }

    /** The fault in this object, if any, naming the path of the offending field. */
    static Optional<String> fault(JsonNode doc) {
        Class<?> type = KINDS.get(key(doc));
        if (type == null) {
            return Optional.of("no API model for " + key(doc));
        }
        try {
            STRICT.treeToValue(doc, type);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.getMessage().lines().findFirst().orElse("") + " at " + path(e));
        }
    }

    private static String path(IOException e) {
        if (e instanceof JsonMappingException mapping) {
            StringBuilder path = new StringBuilder();
            for (var ref : mapping.getPath()) {
                path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
            }
            return path.toString();
        }
        return "?";
    }

    private static String key(JsonNode doc) {
        return doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
    }

    /** Jackson's own introspector, minus any-setters: unknown fields must surface, not be collected. */
    private static final class WithoutAnySetter extends JacksonAnnotationIntrospector {

        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
        }
    }
}
