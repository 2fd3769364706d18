-- Standard operating procedures; versions and their decision trees follow in later migrations.
CREATE TABLE sop (
    id          uuid PRIMARY KEY,
    key         text        NOT NULL UNIQUE,
    title       text        NOT NULL,
    domain      text        NOT NULL,
    category    text        NOT NULL,
    audience    text[]      NOT NULL,
    owner       text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL
);

CREATE INDEX sop_domain_category ON sop (domain, category);
