-- Who was asked to acknowledge a published version. Publishing records one row per audience (a role or team: whoever
-- holds the role or is on the team's roster when they look is asked) and one per roster member at that moment (who
-- was asked, for the record). A scheduled version asks from its effective_from on.
CREATE TABLE sop_acknowledgement_request (
    id              uuid PRIMARY KEY,
    sop_id          uuid        NOT NULL REFERENCES sop (id),
    sop_version     integer     NOT NULL,
    audience        text        NOT NULL,
    username        text,
    effective_from  timestamptz NOT NULL,
    due_by          timestamptz NOT NULL,
    requested_at    timestamptz NOT NULL,
    UNIQUE NULLS NOT DISTINCT (sop_id, sop_version, audience, username)
);

CREATE INDEX sop_ack_request_member ON sop_acknowledgement_request (username) WHERE username IS NOT NULL;
CREATE INDEX sop_ack_request_audience ON sop_acknowledgement_request (audience) WHERE username IS NULL;
CREATE INDEX audience_member_username ON audience_member (username);
