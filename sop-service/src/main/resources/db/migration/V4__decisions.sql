-- Decision records from production: what the bot decided, what a human finally decided, and the customer's CSAT.
CREATE TABLE sop_decision (
    id             uuid PRIMARY KEY,
    sop_id         uuid        NOT NULL REFERENCES sop (id),
    sop_version    integer     NOT NULL,
    ticket_id      text        NOT NULL,
    bot_outcome    text        NOT NULL,
    human_outcome  text        NOT NULL,
    csat           smallint    CHECK (csat BETWEEN 1 AND 5),
    recorded_by    text        NOT NULL,
    recorded_at    timestamptz NOT NULL,
    -- one record per ticket and version: a retry of the same report must not count twice
    UNIQUE (sop_id, sop_version, ticket_id)
);
