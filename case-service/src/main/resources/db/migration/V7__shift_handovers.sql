-- Handover notes: what the people going off shift tell the next shift about a region (or one of its queues).
-- Notes are never edited or deleted: a correction is a newer note.
CREATE TABLE shift_handover (
    id         uuid PRIMARY KEY,
    region     text        NOT NULL,
    queue_id   uuid REFERENCES work_queue (id) ON DELETE SET NULL,
    author     text        NOT NULL,
    body       text        NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    created_at timestamptz NOT NULL
);
CREATE INDEX shift_handover_region_id ON shift_handover (region, id DESC);
