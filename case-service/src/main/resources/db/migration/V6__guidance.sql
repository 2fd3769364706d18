-- Guidance: the investigator's walk through the decision tree of the SOP that applies to a case, and the decision
-- records (the tree's outcome against the investigator's final outcome) waiting for and delivered to sop-service.

-- One walk per case, pinned to the SOP version it began on; starting over deletes it.
CREATE TABLE case_guidance_walk (
    case_id             uuid PRIMARY KEY REFERENCES risk_case (id) ON DELETE CASCADE,
    sop_key             text        NOT NULL,
    sop_version         integer     NOT NULL,
    status              text        NOT NULL CHECK (status IN ('WALKING', 'OUTCOME_REACHED', 'DECIDED')),
    -- JSON: [{node, text, input, value, by, at}] in the order answered, and {name: value} given by investigators
    answers             text        NOT NULL,
    facts               text        NOT NULL,
    path                text[]      NOT NULL,
    next_node           text,
    next_text           text,
    next_input          text,
    next_answers        text[],
    needs_fact          text,
    tree_outcome        text,
    outcome_automatable boolean,
    outcome_handover    boolean,
    outcome_reply       text,
    human_outcome       text,
    decided_by          text,
    decided_at          timestamptz,
    started_by          text        NOT NULL,
    started_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint      NOT NULL,
    CHECK ((status = 'WALKING') = (tree_outcome IS NULL)),
    CHECK ((status = 'DECIDED') = (human_outcome IS NOT NULL))
);

-- The decision-record outbox: written in the transaction that records the final outcome, delivered by a relay
-- with retries, kept after delivery as the case's record of it. One per case and SOP version, as sop-service
-- keeps one per ticket and version.
CREATE TABLE guidance_decision (
    id              uuid PRIMARY KEY,
    case_id         uuid        NOT NULL REFERENCES risk_case (id) ON DELETE CASCADE,
    sop_key         text        NOT NULL,
    sop_version     integer     NOT NULL,
    ticket_id       text        NOT NULL,
    tree_outcome    text        NOT NULL,
    human_outcome   text        NOT NULL,
    decided_by      text        NOT NULL,
    queued_at       timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    delivered_at    timestamptz,
    UNIQUE (case_id, sop_key, sop_version)
);
CREATE INDEX guidance_decision_due ON guidance_decision (next_attempt_at) WHERE delivered_at IS NULL;
