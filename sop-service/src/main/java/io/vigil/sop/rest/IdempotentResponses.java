package io.vigil.sop.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.kit.idempotency.IdempotencyKeys;
import io.vigil.kit.idempotency.StoredResponse;
import io.vigil.kit.security.Caller;
import io.vigil.sop.idempotency.IdempotentCreations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a creation's response into one a retry with the same Idempotency-Key gets back byte for byte: the same
 * status, JSON body, Location and ETag. Keys are scoped to the caller and the request's path.
 */
@ApplicationScoped
class IdempotentResponses {

    private final IdempotentCreations creations;
    private final ObjectMapper json;
    private final Caller caller;

    IdempotentResponses(IdempotentCreations creations, ObjectMapper json, Caller caller) {
        this.creations = creations;
        this.json = json;
        this.caller = caller;
    }

    Response create(UriInfo uri, String idempotencyKey, Object request, Supplier<Response> work) {
        StoredResponse answer = creations.once(caller.subject(), "POST " + uri.getAbsolutePath().getPath(),
                Optional.ofNullable(idempotencyKey), IdempotencyKeys.fingerprint(json, request),
                () -> store(work.get()));
        Response.ResponseBuilder replay = Response.status(answer.status()).entity(answer.body())
                .type(MediaType.APPLICATION_JSON_TYPE);
        if (answer.location() != null) {
            replay.location(URI.create(answer.location()));
        }
        if (answer.etag() != null) {
            replay.tag(new EntityTag(answer.etag()));
        }
        return replay.build();
    }

    private StoredResponse store(Response response) {
        try {
            URI location = response.getLocation();
            EntityTag etag = response.getEntityTag();
            return new StoredResponse(response.getStatus(), json.writeValueAsString(response.getEntity()),
                    location == null ? null : location.toString(), etag == null ? null : etag.getValue());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
