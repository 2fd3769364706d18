-- Appeals against enforcement actions: each opens a case (source APPEAL) linked to the enforced case and placed in
-- an appeals queue of the case's region and domain.

ALTER TABLE work_queue DROP CONSTRAINT work_queue_kind_check;
ALTER TABLE work_queue ADD CONSTRAINT work_queue_kind_check CHECK (kind IN ('STANDARD', 'LEAD', 'APPEALS'));

-- An appeal case reads "APPEAL_OF" the enforced case; the enforced case reads it as "HAS_APPEAL".
ALTER TABLE case_link DROP CONSTRAINT case_link_type_check;
ALTER TABLE case_link ADD CONSTRAINT case_link_type_check
    CHECK (type IN ('DUPLICATE_OF', 'RELATED', 'PARENT_OF', 'APPEAL_OF'));

CREATE TABLE enforcement_appeal (
    id               uuid PRIMARY KEY,
    action_id        uuid        NOT NULL REFERENCES enforcement_action (id) ON DELETE CASCADE,
    case_id          uuid        NOT NULL REFERENCES risk_case (id) ON DELETE CASCADE,
    appealed_case_id uuid        NOT NULL REFERENCES risk_case (id) ON DELETE CASCADE,
    region           text        NOT NULL,
    statement        text        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('OPEN', 'DECIDED')),
    outcome          text CHECK (outcome IN ('UPHELD', 'OVERTURNED')),
    filed_by         text        NOT NULL,
    filed_at         timestamptz NOT NULL,
    decided_by       text,
    decided_at       timestamptz,
    decision_reason  text,
    version          bigint      NOT NULL,
    CHECK ((status = 'DECIDED') = (outcome IS NOT NULL))
);
-- At most one open appeal per action, even when two are filed at the same moment.
CREATE UNIQUE INDEX enforcement_appeal_one_open ON enforcement_appeal (action_id) WHERE status = 'OPEN';
CREATE INDEX enforcement_appeal_region_id ON enforcement_appeal (region, id DESC);
CREATE INDEX enforcement_appeal_action ON enforcement_appeal (action_id, id);
CREATE INDEX enforcement_appeal_decided ON enforcement_appeal (decided_at) WHERE status = 'DECIDED';

-- An appeals queue for every domain and region the demo and the local run use; an appeal in any other
-- combination gets its queue when the first one is filed.
INSERT INTO work_queue (id, name, domain, region, skill, kind, created_at, version)
SELECT gen_random_uuid(), d || '-' || r || '-APPEALS', d, r, 'appeals', 'APPEALS', now(), 0
FROM unnest(ARRAY['shop', 'live', 'ads', 'support']) d, unnest(ARRAY['US', 'EU', 'SG']) r
ON CONFLICT (name) DO NOTHING;
