-- audit-client's transactional outbox (DESIGN.md section 2). A repeatable migration on purpose: it lives in a
-- producer's own schema history next to the producer's V1..Vn, and a versioned file here would collide with
-- or be ordered against theirs. Flyway re-runs it whenever it changes, so every statement is idempotent.

CREATE TABLE IF NOT EXISTS audit_outbox (
    id            bigserial   PRIMARY KEY,
    event_id      uuid        NOT NULL UNIQUE,
    producer      text        NOT NULL,
    -- the envelope as JSON, without producerSeq: the relay numbers events when it sends them
    envelope      text        NOT NULL,
    created_at    timestamptz NOT NULL,
    producer_seq  bigint,
    UNIQUE (producer, producer_seq)
);

CREATE INDEX IF NOT EXISTS audit_outbox_unnumbered ON audit_outbox (id) WHERE producer_seq IS NULL;

-- The next producerSeq per producer; only the relay, under its advisory lock, reads or writes it.
CREATE TABLE IF NOT EXISTS audit_outbox_sequence (
    producer  text   PRIMARY KEY,
    next_seq  bigint NOT NULL CHECK (next_seq >= 0)
);
