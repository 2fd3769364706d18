package io.vigil.kit.idempotency;

import io.vigil.kit.problem.ProblemException;

/** The caller sent an Idempotency-Key again with a different request (RFC 9110's 422 Unprocessable Content). */
public class IdempotencyKeyReusedException extends ProblemException {

    public IdempotencyKeyReusedException() {
        super(422, "idempotency-key-reused", "Unprocessable Content",
                "This Idempotency-Key was used for a different request; use a new key");
    }
}
