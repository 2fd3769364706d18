package io.vigil.cases.idempotency;

/** An HTTP answer as stored for replay: status, JSON body and Location, if any. */
public record StoredResponse(int status, String body, String location) {
}
