-- Auditor queries (DESIGN.md section 6) and the service's own audit events.

-- Gapless producerSeq for the events audit-service records about itself (auditor queries, denied requests,
-- erasures, holds, purges): taken in the same transaction that queues the event, so a rollback leaves no gap.
CREATE TABLE producer_counter (
    producer  text   PRIMARY KEY,
    next_seq  bigint NOT NULL CHECK (next_seq >= 0)
);

-- Subject refs of an event (subjects[].ref and the sealed payload's subjectRef) for the subject filter and
-- data-subject access; a new column is DDL, which the append-only row triggers do not concern.
ALTER TABLE event ADD COLUMN subject_refs text[];
CREATE INDEX event_subjects ON event USING gin (subject_refs);

-- One target's timeline in keyset order (recorded_at, seq) straight from the index, without a sort.
CREATE INDEX event_target_timeline ON event (target_type, target_id, recorded_at, seq);
DROP INDEX event_target;
CREATE INDEX event_action ON event (action, recorded_at, seq);

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'audit_app') THEN
        GRANT SELECT, INSERT, UPDATE ON producer_counter TO audit_app;
    END IF;
END
$$;
