-- Quality review: leads sample resolved cases into a QA queue and score them against a rubric.

CREATE TABLE qa_sample (
    id           uuid PRIMARY KEY,
    strategy     text        NOT NULL CHECK (strategy IN ('RANDOM', 'STRATIFIED')),
    period_from  timestamptz NOT NULL,
    period_to    timestamptz NOT NULL,
    size         integer,
    rate         double precision,
    seed         bigint      NOT NULL,
    region       text,
    queue_id     uuid,
    investigator text,
    population   integer     NOT NULL,
    picked       integer     NOT NULL,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    CHECK ((size IS NULL) <> (rate IS NULL))
);

-- One sampled case. Queue, investigator and SOP are copied at sampling time, so later reassignment or
-- requeueing does not move a review to another group in the pass-rate report.
CREATE TABLE qa_review (
    id           uuid PRIMARY KEY,
    sample_id    uuid        NOT NULL REFERENCES qa_sample (id) ON DELETE CASCADE,
    case_id      uuid        NOT NULL UNIQUE REFERENCES risk_case (id) ON DELETE CASCADE,
    region       text        NOT NULL,
    queue_id     uuid,
    investigator text        NOT NULL,
    sop_key      text,
    sop_version  integer,
    status       text        NOT NULL CHECK (status IN ('PENDING', 'DONE')),
    reviewer     text,
    score        integer,
    max_score    integer,
    agreement    text CHECK (agreement IN ('AGREE', 'DISAGREE')),
    passed       boolean,
    comment      text,
    reviewed_at  timestamptz,
    created_at   timestamptz NOT NULL,
    version      bigint      NOT NULL,
    CHECK ((status = 'DONE') = (reviewer IS NOT NULL AND passed IS NOT NULL AND reviewed_at IS NOT NULL))
);
CREATE INDEX qa_review_status_id ON qa_review (status, id);
CREATE INDEX qa_review_reviewed ON qa_review (reviewed_at) WHERE status = 'DONE';
CREATE INDEX qa_review_sample ON qa_review (sample_id, id);

-- The rubric as it was when the review was recorded: criterion, label, score and maximum, in rubric order.
CREATE TABLE qa_review_score (
    review_id uuid    NOT NULL REFERENCES qa_review (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    criterion text    NOT NULL,
    label     text    NOT NULL,
    score     integer NOT NULL CHECK (score >= 0),
    max_score integer NOT NULL CHECK (max_score >= score),
    PRIMARY KEY (review_id, position)
);
