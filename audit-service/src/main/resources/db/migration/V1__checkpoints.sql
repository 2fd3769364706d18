-- Signed checkpoints of the audit log, one per published tree size (C2SP tlog-checkpoint notes).
CREATE TABLE checkpoint (
    tree_size  bigint      PRIMARY KEY,
    root_hash  bytea       NOT NULL CHECK (length(root_hash) = 32),
    note       text        NOT NULL,
    signed_at  timestamptz NOT NULL
);
