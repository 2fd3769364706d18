package io.vigil.kit.idempotency;

/** A creation's first answer as kept for replay: status, JSON body, and the Location and ETag headers if any. */
public record StoredResponse(int status, String body, String location, String etag) {
}
