-- Cases and the subjects they are about. Status and severity values mirror the Java enums.
CREATE SEQUENCE case_ref_seq;

CREATE TABLE risk_case (
    id            uuid PRIMARY KEY,
    ref           text        NOT NULL UNIQUE,
    domain        text        NOT NULL,
    category      text        NOT NULL,
    title         text        NOT NULL,
    description   text,
    region        text        NOT NULL,
    severity      text        NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    priority      text        NOT NULL CHECK (priority IN ('P0', 'P1', 'P2', 'P3', 'P4')),
    source        text        NOT NULL,
    status        text        NOT NULL,
    queue_id      uuid,
    assignee      text,
    report_count  integer     NOT NULL DEFAULT 1,
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL
);

-- Lists page by id (UUIDv7, time ordered) within the caller's regions.
CREATE INDEX risk_case_region_id ON risk_case (region, id DESC);
CREATE INDEX risk_case_status_id ON risk_case (status, id DESC);

CREATE TABLE case_subject (
    case_id  uuid NOT NULL REFERENCES risk_case (id) ON DELETE CASCADE,
    position integer NOT NULL,
    type     text NOT NULL,
    ref      text NOT NULL,
    PRIMARY KEY (case_id, position)
);

CREATE INDEX case_subject_ref ON case_subject (ref, type);
