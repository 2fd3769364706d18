-- A creation retried with the same Idempotency-Key by the same caller on the same path answers the first result
-- (DESIGN.md section 3); rows older than vigil.sop.idempotency-retention are deleted when the key comes back.
CREATE TABLE idempotent_request (
    caller       text        NOT NULL,
    scope        text        NOT NULL,
    key          text        NOT NULL,
    request_hash text        NOT NULL,
    status       integer     NOT NULL,
    body         text        NOT NULL,
    location     text,
    etag         text,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (caller, scope, key)
);
CREATE INDEX idempotent_request_created_at ON idempotent_request (created_at);
