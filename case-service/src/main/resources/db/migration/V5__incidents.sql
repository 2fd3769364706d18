-- Incidents: critical events grouping cases, with a commander, a status machine, a timeline, versioned RCA
-- reports and tracked corrective actions. Values mirror the Java enums.
CREATE SEQUENCE incident_ref_seq;

CREATE TABLE incident (
    id           uuid PRIMARY KEY,
    ref          text        NOT NULL UNIQUE,
    title        text        NOT NULL,
    description  text,
    kind         text        NOT NULL CHECK (kind IN
        ('ELECTION', 'COORDINATED_ABUSE', 'CONTROL_OUTAGE', 'DATA_EXPOSURE', 'REGULATORY', 'OTHER')),
    severity     text        NOT NULL CHECK (severity IN ('SEV1', 'SEV2', 'SEV3', 'SEV4')),
    status       text        NOT NULL CHECK (status IN ('OPEN', 'MITIGATED', 'RESOLVED', 'CLOSED')),
    commander    text        NOT NULL,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    status_since timestamptz NOT NULL,
    mitigated_at timestamptz,
    resolved_at  timestamptz,
    closed_at    timestamptz,
    version      bigint      NOT NULL
);
CREATE INDEX incident_status_id ON incident (status, id DESC);

-- The regions whose data an incident concerns; a caller sees an incident sharing at least one of them.
CREATE TABLE incident_region (
    incident_id uuid NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    region      text NOT NULL,
    PRIMARY KEY (incident_id, region)
);
CREATE INDEX incident_region_region ON incident_region (region, incident_id DESC);

CREATE TABLE incident_case (
    incident_id uuid        NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    case_id     uuid        NOT NULL REFERENCES risk_case (id) ON DELETE CASCADE,
    linked_by   text        NOT NULL,
    linked_at   timestamptz NOT NULL,
    PRIMARY KEY (incident_id, case_id)
);
CREATE INDEX incident_case_case ON incident_case (case_id);

-- The incident timeline. An entry about one case carries that case's region, so callers who may not see the
-- case do not see the entry either; entries about the incident as a whole have no region.
CREATE TABLE incident_event (
    id          uuid PRIMARY KEY,
    incident_id uuid        NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    kind        text        NOT NULL,
    actor       text        NOT NULL,
    at          timestamptz NOT NULL,
    summary     text        NOT NULL,
    region      text
);
CREATE INDEX incident_event_incident ON incident_event (incident_id, id);

-- Every save of an RCA report is a new immutable version; the lists are stored as JSON documents.
CREATE TABLE incident_rca (
    incident_id          uuid        NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    number               integer     NOT NULL CHECK (number > 0),
    summary              text        NOT NULL,
    impact               text        NOT NULL,
    root_cause           text        NOT NULL,
    timeline             text        NOT NULL,
    contributing_factors text        NOT NULL,
    corrective_actions   text        NOT NULL,
    author               text        NOT NULL,
    created_at           timestamptz NOT NULL,
    PRIMARY KEY (incident_id, number)
);

-- Corrective actions live on between RCA versions: their status changes without a new version, and a waiver
-- records who decided an action will not be done, why and when.
CREATE TABLE incident_corrective_action (
    id            uuid PRIMARY KEY,
    incident_id   uuid        NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    title         text        NOT NULL,
    owner         text        NOT NULL,
    due_date      date        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'WAIVED')),
    waived_by     text,
    waiver_reason text,
    waived_at     timestamptz,
    done_by       text,
    done_at       timestamptz,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL,
    CHECK ((status = 'WAIVED') = (waived_by IS NOT NULL AND waiver_reason IS NOT NULL AND waived_at IS NOT NULL))
);
CREATE INDEX incident_corrective_action_incident ON incident_corrective_action (incident_id, id);
