-- Enforcement: the catalogue of policy reasons, actions on subjects with their four-eyes approval and history,
-- and the strikes actions leave on subjects. Values mirror the Java enums.

-- Reason codes are a policy catalogue shared by every region; each names the ground a statement of reasons cites
-- (DSA art. 17(3)(d)/(e)) and the strike weight the policy gives a violation.
CREATE TABLE reason_code (
    code               text PRIMARY KEY,
    domain             text,
    title              text        NOT NULL,
    policy             text        NOT NULL,
    ground_type        text        NOT NULL CHECK (ground_type IN ('ILLEGAL_CONTENT', 'INCOMPATIBLE_CONTENT')),
    ground             text        NOT NULL,
    ground_explanation text        NOT NULL,
    ground_url         text,
    dsa_category       text        NOT NULL,
    strike_weight      integer     NOT NULL CHECK (strike_weight BETWEEN 0 AND 10),
    active             boolean     NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL
);
CREATE INDEX reason_code_domain ON reason_code (domain, code);

-- The reason code's ground is copied onto the action when it is requested, so a later edit of the catalogue never
-- rewrites the statement of reasons an action was taken under.
CREATE TABLE enforcement_action (
    id                  uuid PRIMARY KEY,
    case_id             uuid        NOT NULL REFERENCES risk_case (id) ON DELETE CASCADE,
    region              text        NOT NULL,
    type                text        NOT NULL,
    status              text        NOT NULL
        CHECK (status IN ('PENDING_APPROVAL', 'ACTIVE', 'REJECTED', 'REVERSED', 'EXPIRED')),
    reason_code         text        NOT NULL REFERENCES reason_code (code),
    policy              text        NOT NULL,
    ground_type         text        NOT NULL CHECK (ground_type IN ('ILLEGAL_CONTENT', 'INCOMPATIBLE_CONTENT')),
    ground              text        NOT NULL,
    ground_explanation  text        NOT NULL,
    ground_url          text,
    dsa_category        text        NOT NULL,
    strike_weight       integer     NOT NULL,
    account_group_id    uuid REFERENCES account_group (id) ON DELETE SET NULL,
    sop_key             text,
    sop_version         integer,
    decision_path       text,
    rationale           text        NOT NULL,
    territorial_scope   text        NOT NULL,
    automated_detection boolean     NOT NULL,
    automated_decision  text        NOT NULL CHECK (automated_decision IN ('NOT_AUTOMATED', 'PARTIALLY', 'FULLY')),
    effective_from      timestamptz NOT NULL,
    duration_seconds    bigint CHECK (duration_seconds > 0),
    approval_required   boolean     NOT NULL,
    requested_by        text        NOT NULL,
    requested_at        timestamptz NOT NULL,
    decided_by          text,
    decided_at          timestamptz,
    decision_reason     text,
    activated_at        timestamptz,
    expires_at          timestamptz,
    reversed_by         text,
    reversed_at         timestamptz,
    reversal_reason     text,
    version             bigint      NOT NULL
);
-- Lists page by id (UUIDv7) within the caller's regions, per case, and by status (pending approvals, expiry).
CREATE INDEX enforcement_action_region_id ON enforcement_action (region, id DESC);
CREATE INDEX enforcement_action_case ON enforcement_action (case_id, id DESC);
CREATE INDEX enforcement_action_status ON enforcement_action (status, id DESC);
CREATE INDEX enforcement_action_expiry ON enforcement_action (expires_at) WHERE status = 'ACTIVE';

CREATE TABLE enforcement_subject (
    action_id uuid    NOT NULL REFERENCES enforcement_action (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    type      text    NOT NULL,
    ref       text    NOT NULL,
    PRIMARY KEY (action_id, position)
);
CREATE INDEX enforcement_subject_ref ON enforcement_subject (ref, type);

-- What happened to an action, oldest first: requested, approved, rejected, reversed, expired, appealed.
CREATE TABLE enforcement_event (
    id          uuid PRIMARY KEY,
    action_id   uuid        NOT NULL REFERENCES enforcement_action (id) ON DELETE CASCADE,
    kind        text        NOT NULL,
    from_status text,
    to_status   text        NOT NULL,
    actor       text        NOT NULL,
    at          timestamptz NOT NULL,
    reason      text
);
CREATE INDEX enforcement_event_action ON enforcement_event (action_id, id);

-- One strike per subject of an activated action whose reason carries a weight; it counts until it expires
-- (issued_at plus the policy's period) or a lead dismisses it.
CREATE TABLE strike (
    id               uuid PRIMARY KEY,
    action_id        uuid        NOT NULL REFERENCES enforcement_action (id) ON DELETE CASCADE,
    subject_type     text        NOT NULL,
    subject_ref      text        NOT NULL,
    region           text        NOT NULL,
    policy           text        NOT NULL,
    weight           integer     NOT NULL CHECK (weight > 0),
    issued_at        timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    status           text        NOT NULL CHECK (status IN ('ACTIVE', 'DISMISSED')),
    dismissed_by     text,
    dismissed_at     timestamptz,
    dismissal_reason text,
    version          bigint      NOT NULL
);
CREATE INDEX strike_subject ON strike (subject_ref, subject_type, region, expires_at);
CREATE INDEX strike_action ON strike (action_id);
