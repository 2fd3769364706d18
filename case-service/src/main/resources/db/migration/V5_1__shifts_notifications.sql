-- The on-shift roster and the notification outbox that pages the lead on shift.

-- A shift: one person on duty as lead or investigator for a region, optionally for one queue of it.
CREATE TABLE shift (
    id         uuid PRIMARY KEY,
    region     text        NOT NULL,
    queue_id   uuid REFERENCES work_queue (id) ON DELETE CASCADE,
    person     text        NOT NULL,
    role       text        NOT NULL CHECK (role IN ('LEAD', 'INVESTIGATOR')),
    starts_at  timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL,
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL,
    version    bigint      NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX shift_region_time ON shift (region, starts_at, ends_at);
CREATE INDEX shift_person ON shift (person, starts_at);

-- Notifications are written in the business transaction and delivered by a scheduler, so a slow or dead
-- receiver never holds up (or rolls back) the change that caused them.
CREATE TABLE notification (
    id              uuid PRIMARY KEY,
    subject_type    text        NOT NULL CHECK (subject_type IN ('CASE', 'INCIDENT')),
    subject_id      uuid        NOT NULL,
    region          text        NOT NULL,
    event           text        NOT NULL,
    recipients      text        NOT NULL,
    payload         text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    last_attempt_at timestamptz,
    last_error      text,
    delivered_at    timestamptz,
    created_at      timestamptz NOT NULL,
    version         bigint      NOT NULL
);
CREATE INDEX notification_subject ON notification (subject_type, subject_id, id);
-- The dispatcher looks only at pending rows that are due.
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status = 'PENDING';
