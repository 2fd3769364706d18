-- Versions of an SOP: immutable once submitted, one published at a time.
CREATE TABLE sop_version (
    id               uuid PRIMARY KEY,
    sop_id           uuid        NOT NULL REFERENCES sop (id),
    number           integer     NOT NULL,
    change_note      text        NOT NULL,
    steps            text        NOT NULL,
    decision_tree    text        NOT NULL,
    test_suite       text        NOT NULL,
    status           text        NOT NULL,
    author           text        NOT NULL,
    approver         text,
    publisher        text,
    review_note      text,
    copied_from      integer,
    test_report      text,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    submitted_at     timestamptz,
    reviewed_at      timestamptz,
    published_at     timestamptz,
    effective_from   timestamptz,
    retired_at       timestamptz,
    version          bigint      NOT NULL,
    UNIQUE (sop_id, number)
);

-- The database keeps "one published version per SOP" true even if two publishes race.
CREATE UNIQUE INDEX sop_version_one_published ON sop_version (sop_id) WHERE status = 'PUBLISHED';
CREATE INDEX sop_version_in_effect ON sop_version (sop_id, effective_from) WHERE effective_from IS NOT NULL;
