-- The case's workflow (status history, SLA clock), queues with routing rules, reporters and labels,
-- idempotent creation and the timeline. Values mirror the Java enums.

ALTER TABLE risk_case
    ADD COLUMN status_since        timestamptz,
    ADD COLUMN resolved_at         timestamptz,
    ADD COLUMN escalation_count    integer NOT NULL DEFAULT 0,
    ADD COLUMN reopen_count        integer NOT NULL DEFAULT 0,
    ADD COLUMN sla_state           text,
    ADD COLUMN first_action_due    timestamptz,
    ADD COLUMN first_action_risk_at timestamptz,
    ADD COLUMN first_action_at     timestamptz,
    ADD COLUMN resolution_due      timestamptz,
    ADD COLUMN resolution_risk_at  timestamptz,
    ADD COLUMN sla_paused_since    timestamptz,
    ADD COLUMN sla_next_check      timestamptz;

-- Cases opened before SLAs existed start their clocks at creation with the P2 defaults.
UPDATE risk_case SET status_since = created_at, sla_state = 'ON_TRACK',
    first_action_due = created_at + interval '4 hours', first_action_risk_at = created_at + interval '3 hours',
    resolution_due = created_at + interval '3 days', resolution_risk_at = created_at + interval '54 hours',
    sla_next_check = created_at + interval '3 hours';

ALTER TABLE risk_case
    ALTER COLUMN status_since SET NOT NULL,
    ALTER COLUMN sla_state SET NOT NULL,
    ALTER COLUMN first_action_due SET NOT NULL,
    ALTER COLUMN first_action_risk_at SET NOT NULL,
    ALTER COLUMN resolution_due SET NOT NULL,
    ALTER COLUMN resolution_risk_at SET NOT NULL,
    ADD CONSTRAINT risk_case_status CHECK (status IN
        ('NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING', 'ESCALATED', 'RESOLVED', 'CLOSED', 'REOPENED')),
    ADD CONSTRAINT risk_case_sla_state CHECK (sla_state IN ('ON_TRACK', 'AT_RISK', 'BREACHED', 'MET'));

-- claim-next: the most urgent unassigned open case of a queue, oldest first, straight off this index.
CREATE INDEX risk_case_claimable ON risk_case (queue_id, priority, id)
    WHERE assignee IS NULL AND status NOT IN ('RESOLVED', 'CLOSED');
-- The SLA scheduler finds cases whose state may change now.
CREATE INDEX risk_case_sla_next_check ON risk_case (sla_next_check) WHERE sla_next_check IS NOT NULL;
CREATE INDEX risk_case_assignee ON risk_case (assignee, id DESC) WHERE assignee IS NOT NULL;
CREATE INDEX risk_case_queue_id ON risk_case (queue_id, id DESC);
-- Dedupe looks for an open case by category among the cases of one subject.
CREATE INDEX risk_case_category_open ON risk_case (category) WHERE status NOT IN ('RESOLVED', 'CLOSED');

CREATE TABLE case_status_change (
    id             uuid PRIMARY KEY,
    case_id        uuid        NOT NULL REFERENCES risk_case (id) ON DELETE CASCADE,
    from_status    text        NOT NULL,
    to_status      text        NOT NULL,
    reason         text,
    changed_by     text        NOT NULL,
    changed_at     timestamptz NOT NULL,
    ms_in_previous bigint      NOT NULL
);
CREATE INDEX case_status_change_case ON case_status_change (case_id, changed_at);

CREATE TABLE case_reporter (
    case_id  uuid NOT NULL REFERENCES risk_case (id) ON DELETE CASCADE,
    reporter text NOT NULL,
    PRIMARY KEY (case_id, reporter)
);
INSERT INTO case_reporter (case_id, reporter) SELECT id, created_by FROM risk_case;

CREATE TABLE case_label (
    case_id uuid NOT NULL REFERENCES risk_case (id) ON DELETE CASCADE,
    label   text NOT NULL,
    PRIMARY KEY (case_id, label)
);
CREATE INDEX case_label_label ON case_label (label);

CREATE TABLE work_queue (
    id         uuid PRIMARY KEY,
    name       text        NOT NULL UNIQUE,
    domain     text,
    region     text        NOT NULL,
    skill      text,
    kind       text        NOT NULL CHECK (kind IN ('STANDARD', 'LEAD')),
    created_at timestamptz NOT NULL,
    version    bigint      NOT NULL
);

CREATE TABLE routing_rule (
    id         uuid PRIMARY KEY,
    rank       integer NOT NULL,
    domain     text,
    category   text,
    region     text,
    min_priority text CHECK (min_priority IN ('P0', 'P1', 'P2', 'P3', 'P4')),
    queue_id   uuid    NOT NULL REFERENCES work_queue (id) ON DELETE CASCADE,
    version    bigint  NOT NULL
);
CREATE INDEX routing_rule_rank ON routing_rule (rank, id);

-- A creation retried with the same Idempotency-Key by the same caller answers the first result.
CREATE TABLE idempotent_request (
    caller     text        NOT NULL,
    scope      text        NOT NULL,
    key        text        NOT NULL,
    request_hash text      NOT NULL,
    status     integer     NOT NULL,
    body       text        NOT NULL,
    location   text,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (caller, scope, key)
);

-- The case timeline: one row per thing that happened to a case, in the words an investigator reads.
CREATE TABLE case_event (
    id      uuid PRIMARY KEY,
    case_id uuid        NOT NULL REFERENCES risk_case (id) ON DELETE CASCADE,
    kind    text        NOT NULL,
    actor   text        NOT NULL,
    at      timestamptz NOT NULL,
    summary text        NOT NULL
);
CREATE INDEX case_event_case ON case_event (case_id, id);

-- Investigators' notes (markdown); searched together with the case's title and description.
CREATE TABLE case_note (
    id         uuid PRIMARY KEY,
    case_id    uuid        NOT NULL REFERENCES risk_case (id) ON DELETE CASCADE,
    author     text        NOT NULL,
    body       text        NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX case_note_case ON case_note (case_id, id);
CREATE INDEX case_note_text ON case_note USING gin (to_tsvector('simple', body));
CREATE INDEX risk_case_text ON risk_case
    USING gin (to_tsvector('simple', title || ' ' || coalesce(description, '')));
