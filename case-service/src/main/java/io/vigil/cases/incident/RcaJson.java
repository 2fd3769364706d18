package io.vigil.cases.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Writes and reads the JSON columns of an RCA version; the service wrote them, so a bad one is a bug, not input. */
@ApplicationScoped
@RegisterForReflection(targets = {RcaContent.Moment.class, RcaContent.ActionSnapshot.class})
class RcaJson {

    private static final TypeReference<List<RcaContent.Moment>> MOMENTS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> FACTORS = new TypeReference<>() {
    };
    private static final TypeReference<List<RcaContent.ActionSnapshot>> ACTIONS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    RcaJson(ObjectMapper json) {
        this.json = json;
    }

    RcaContent.Stored store(RcaContent content) {
        return new RcaContent.Stored(content.summary(), content.impact(), content.rootCause(),
                write(content.timeline()), write(content.contributingFactors()), write(content.correctiveActions()));
    }

    RcaVersion read(RcaReport report) {
        RcaContent.Stored s = report.stored();
        try {
            return new RcaVersion(report.incidentId(), report.number(), report.author(), report.createdAt(),
                    new RcaContent(s.summary(), s.impact(), json.readValue(s.timeline(), MOMENTS), s.rootCause(),
                            json.readValue(s.contributingFactors(), FACTORS),
                            json.readValue(s.correctiveActions(), ACTIONS)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("RCA version " + report.number() + " holds JSON this service cannot read",
                    e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("RCA lists are records of strings, times and ids", e);
        }
    }
}
