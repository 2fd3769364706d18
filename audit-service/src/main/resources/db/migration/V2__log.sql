-- The append-only log (DESIGN.md section 6). Events wait in ingest_queue until the single sequencer gives them
-- a seq; then their leaf, their event row (partitioned by month) and the tree's new interior nodes are added.

-- Accepted but not yet sequenced; the only table rows leave (the sequencer deletes what it appended).
CREATE TABLE ingest_queue (
    id            bigserial   PRIMARY KEY,
    event_id      uuid        NOT NULL UNIQUE,
    envelope      text        NOT NULL,
    received_at   timestamptz NOT NULL
);

-- One row per seq: the RFC 9162 leaf hash, and event_id unique across all partitions (idempotent ingest).
CREATE TABLE leaf (
    seq           bigint      PRIMARY KEY CHECK (seq >= 0),
    event_id      uuid        NOT NULL UNIQUE,
    leaf_hash     bytea       NOT NULL CHECK (length(leaf_hash) = 32),
    producer      text        NOT NULL,
    producer_seq  bigint      NOT NULL,
    recorded_at   timestamptz NOT NULL
);
CREATE INDEX leaf_producer_seq ON leaf (producer, producer_seq);

-- Hashes of complete perfect subtrees above the leaves (level >= 1): MTH of leaves
-- [idx * 2^level, (idx + 1) * 2^level), RFC 9162 section 2.1.1. Appending a leaf adds on average one row,
-- and any root or proof needs only O(log n) of them.
CREATE TABLE tree_node (
    level  smallint NOT NULL CHECK (level BETWEEN 1 AND 63),
    idx    bigint   NOT NULL CHECK (idx >= 0),
    hash   bytea    NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (level, idx)
);

-- The events, with the envelope exactly as hashed (RFC 8785 canonical JSON) and the columns queries filter on.
CREATE TABLE event (
    seq           bigint      NOT NULL,
    recorded_at   timestamptz NOT NULL,
    event_id      uuid        NOT NULL,
    producer      text        NOT NULL,
    occurred_at   timestamptz NOT NULL,
    action        text        NOT NULL,
    outcome       text        NOT NULL,
    actor_ref     text,
    target_type   text,
    target_id     text,
    region        text,
    sop_key       text,
    sop_version   integer,
    envelope      text        NOT NULL,
    PRIMARY KEY (recorded_at, seq)
) PARTITION BY RANGE (recorded_at);
CREATE INDEX event_seq ON event (seq);
CREATE INDEX event_target ON event (target_type, target_id, recorded_at);
CREATE INDEX event_actor ON event (actor_ref, recorded_at);

CREATE FUNCTION audit_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit table % is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE FUNCTION audit_append_only(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION audit_reject_change()', target);
    EXECUTE format('CREATE TRIGGER no_truncate BEFORE TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change()', target);
END
$$;

SELECT audit_append_only('leaf');
SELECT audit_append_only('tree_node');
SELECT audit_append_only('event');
SELECT audit_append_only('checkpoint');

-- Creates the month's partition of event when it is missing. SECURITY DEFINER so the runtime role, which may
-- only INSERT and SELECT, can still roll over to a new month; the partition gets its own TRUNCATE guard
-- because truncating a partition directly does not fire the parent's statement trigger.
CREATE FUNCTION audit_ensure_partition(at timestamptz) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
    month_start timestamptz := date_trunc('month', at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
    name text := 'event_' || to_char(month_start AT TIME ZONE 'UTC', 'YYYY_MM');
BEGIN
    IF to_regclass(name) IS NULL THEN
        EXECUTE format('CREATE TABLE %I PARTITION OF event FOR VALUES FROM (%L) TO (%L)',
                       name, month_start, month_start + interval '1 month');
        EXECUTE format('CREATE TRIGGER no_truncate BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change()', name);
    END IF;
END
$$;

-- The runtime role (created by deploy, see README) may only add and read log rows.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'audit_app') THEN
        GRANT SELECT, INSERT ON leaf, tree_node, event, checkpoint TO audit_app;
        GRANT SELECT, INSERT, DELETE ON ingest_queue TO audit_app;
        GRANT USAGE ON SEQUENCE ingest_queue_id_seq TO audit_app;
    END IF;
END
$$;
