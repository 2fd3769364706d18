-- Export jobs (DESIGN.md section 6). Not part of the log: a job's status changes as it runs.
CREATE TABLE export_job (
    id           uuid        PRIMARY KEY,
    range_from   timestamptz NOT NULL,
    range_to     timestamptz NOT NULL,
    status       text        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    first_seq    bigint,
    tree_size    bigint,
    error        text,
    requested_by text        NOT NULL,
    created_at   timestamptz NOT NULL
);
