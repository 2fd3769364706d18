-- Investigation: tasks, evidence with its chain of custody, links between cases and account groups.

CREATE TABLE case_task (
    id           uuid PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES risk_case (id) ON DELETE CASCADE,
    title        text        NOT NULL,
    sop_key      text,
    sop_version  integer,
    sop_step     integer,
    status       text        NOT NULL CHECK (status IN ('OPEN', 'DONE')),
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    completed_by text,
    completed_at timestamptz,
    version      bigint      NOT NULL
);
CREATE INDEX case_task_case ON case_task (case_id, id);
-- Generating tasks from one SOP version twice adds nothing the second time.
CREATE UNIQUE INDEX case_task_sop_step ON case_task (case_id, sop_key, sop_version, sop_step)
    WHERE sop_key IS NOT NULL;

-- Files live in PostgreSQL (bytea) so a file, its metadata, its custody entries and its audit event commit
-- together and one backup holds them all; the upload limit keeps rows small enough for that.
CREATE TABLE case_evidence (
    id          uuid PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES risk_case (id) ON DELETE CASCADE,
    kind        text        NOT NULL CHECK (kind IN ('FILE', 'URL')),
    name        text        NOT NULL,
    description text,
    media_type  text,
    size_bytes  bigint,
    sha256      text,
    url         text,
    added_by    text        NOT NULL,
    added_at    timestamptz NOT NULL,
    CHECK ((kind = 'FILE') = (sha256 IS NOT NULL AND size_bytes IS NOT NULL)),
    CHECK ((kind = 'URL') = (url IS NOT NULL))
);
CREATE INDEX case_evidence_case ON case_evidence (case_id, id);

-- Kept apart from the metadata so listing evidence never reads the files.
CREATE TABLE case_evidence_content (
    evidence_id uuid PRIMARY KEY REFERENCES case_evidence (id) ON DELETE CASCADE,
    content     bytea NOT NULL
);

-- Chain of custody: who collected, viewed or downloaded which item, when. Append-only by the application.
CREATE TABLE evidence_custody (
    id          uuid PRIMARY KEY,
    evidence_id uuid        NOT NULL REFERENCES case_evidence (id) ON DELETE CASCADE,
    action      text        NOT NULL CHECK (action IN ('COLLECT', 'VIEW', 'DOWNLOAD')),
    actor       text        NOT NULL,
    at          timestamptz NOT NULL,
    sha256      text
);
CREATE INDEX evidence_custody_evidence ON evidence_custody (evidence_id, id);

-- One row per link, stored in one direction; the other case reads it through the inverse type.
CREATE TABLE case_link (
    id         uuid PRIMARY KEY,
    from_case  uuid        NOT NULL REFERENCES risk_case (id) ON DELETE CASCADE,
    to_case    uuid        NOT NULL REFERENCES risk_case (id) ON DELETE CASCADE,
    type       text        NOT NULL CHECK (type IN ('DUPLICATE_OF', 'RELATED', 'PARENT_OF')),
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL,
    CHECK (from_case <> to_case)
);
-- At most one link between two cases, whichever way it was made.
CREATE UNIQUE INDEX case_link_pair ON case_link (least(from_case, to_case), greatest(from_case, to_case));
CREATE INDEX case_link_to ON case_link (to_case);
CREATE INDEX case_link_from ON case_link (from_case);

CREATE TABLE account_group (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL,
    region      text        NOT NULL,
    description text,
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL,
    version     bigint      NOT NULL
);
CREATE INDEX account_group_region ON account_group (region, id DESC);

CREATE TABLE account_group_member (
    group_id uuid NOT NULL REFERENCES account_group (id) ON DELETE CASCADE,
    type     text NOT NULL,
    ref      text NOT NULL,
    PRIMARY KEY (group_id, type, ref)
);
CREATE INDEX account_group_member_ref ON account_group_member (ref, type);

CREATE TABLE case_account_group (
    case_id  uuid NOT NULL REFERENCES risk_case (id) ON DELETE CASCADE,
    group_id uuid NOT NULL REFERENCES account_group (id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, group_id)
);
CREATE INDEX case_account_group_group ON case_account_group (group_id);
