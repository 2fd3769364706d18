-- Privacy, legal holds and retention (DESIGN.md section 6).

-- One AES-256 key per data subject, stored wrapped (AES-GCM) under the service's master key. Erasure destroys the
-- key (wrapped_key set to NULL): the sealed payloads in the log stay, hashed and verifiable, but unreadable. A
-- subject erased and later seen again gets a new key, hence the partial unique index.
CREATE TABLE subject_key (
    key_id       uuid        PRIMARY KEY,
    subject_ref  text        NOT NULL,
    wrapped_key  bytea,
    created_at   timestamptz NOT NULL,
    erased_at    timestamptz,
    CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
);
CREATE UNIQUE INDEX subject_key_live ON subject_key (subject_ref) WHERE wrapped_key IS NOT NULL;

-- Legal holds: while active, no partition overlapping [range_from, range_to) is purged, and a hold naming a
-- subject blocks that subject's erasure.
CREATE TABLE legal_hold (
    id           uuid        PRIMARY KEY,
    reason       text        NOT NULL,
    range_from   timestamptz NOT NULL,
    range_to     timestamptz NOT NULL CHECK (range_to > range_from),
    subject_ref  text,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    released_by  text,
    released_at  timestamptz
);

-- What retention dropped: the seqs whose event rows are gone on purpose. Their leaves, tree nodes and checkpoints
-- stay, so every remaining event still proves into the same signed roots.
CREATE TABLE purged_partition (
    partition_name  text        PRIMARY KEY,
    first_seq       bigint      NOT NULL,
    last_seq        bigint      NOT NULL CHECK (last_seq >= first_seq),
    events          bigint      NOT NULL,
    purged_at       timestamptz NOT NULL,
    purged_by       text        NOT NULL
);
SELECT audit_append_only('purged_partition');

-- Drops one sealed monthly partition of event. SECURITY DEFINER because the runtime role has no DDL right; the
-- name is checked so nothing but an event month can be dropped through it.
CREATE FUNCTION audit_purge_partition(name text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
BEGIN
    IF name !~ '^event_[0-9]{4}_[0-9]{2}$' THEN
        RAISE EXCEPTION 'not an event partition: %', name;
    END IF;
    EXECUTE format('ALTER TABLE event DETACH PARTITION %I', name);
    EXECUTE format('DROP TABLE %I', name);
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'audit_app') THEN
        GRANT SELECT, INSERT, UPDATE ON subject_key, legal_hold TO audit_app;
        GRANT SELECT, INSERT ON purged_partition TO audit_app;
    END IF;
END
$$;
