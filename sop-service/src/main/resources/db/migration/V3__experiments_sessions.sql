-- A/B experiments: a candidate version beside the version in effect, split deterministically by ticket id.
CREATE TABLE sop_experiment (
    id               uuid PRIMARY KEY,
    sop_id           uuid        NOT NULL REFERENCES sop (id),
    name             text        NOT NULL,
    candidate        integer     NOT NULL,
    candidate_share  double precision NOT NULL CHECK (candidate_share > 0 AND candidate_share < 1),
    status           text        NOT NULL,
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    stopped_at       timestamptz,
    version          bigint      NOT NULL
);

-- One running experiment per SOP, so a ticket's arm never depends on which experiment a client names.
CREATE UNIQUE INDEX sop_experiment_one_active ON sop_experiment (sop_id) WHERE status = 'ACTIVE';

-- Ticketbot sessions: a step-by-step walk of one version for one ticket.
CREATE TABLE sop_session (
    id             uuid PRIMARY KEY,
    sop_id         uuid        NOT NULL REFERENCES sop (id),
    sop_version    integer     NOT NULL,
    ticket_id      text        NOT NULL,
    experiment_id  uuid REFERENCES sop_experiment (id),
    arm            text,
    facts          text        NOT NULL,
    answers        text        NOT NULL,
    status         text        NOT NULL,
    outcome        text,
    path           text        NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint      NOT NULL
);

CREATE INDEX sop_session_ticket ON sop_session (sop_id, ticket_id);
