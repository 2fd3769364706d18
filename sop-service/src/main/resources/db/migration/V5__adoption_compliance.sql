-- Governance of an SOP: periodic review and compliance tags (DESIGN.md section 5).
ALTER TABLE sop ADD COLUMN review_interval_days integer NOT NULL DEFAULT 365 CHECK (review_interval_days > 0);
ALTER TABLE sop ADD COLUMN data_categories text[] NOT NULL DEFAULT '{}';
ALTER TABLE sop ADD COLUMN legal_bases text[] NOT NULL DEFAULT '{}';
CREATE INDEX sop_legal_bases ON sop USING gin (legal_bases);
CREATE INDEX sop_data_categories ON sop USING gin (data_categories);

-- Who belongs to an audience (a role or team): sop-service cannot list an identity provider's users, so admins
-- keep the roster the adoption report is measured against.
CREATE TABLE audience_member (
    audience  text NOT NULL,
    username  text NOT NULL,
    PRIMARY KEY (audience, username)
);

-- A person confirming they have read a version.
CREATE TABLE sop_acknowledgement (
    id               uuid PRIMARY KEY,
    sop_id           uuid        NOT NULL REFERENCES sop (id),
    sop_version      integer     NOT NULL,
    username         text        NOT NULL,
    acknowledged_at  timestamptz NOT NULL,
    UNIQUE (sop_id, sop_version, username)
);
