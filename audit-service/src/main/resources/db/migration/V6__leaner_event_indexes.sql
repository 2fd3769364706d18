-- Ingest performance (DESIGN.md section 9): every secondary index is paid for on every appended event.
-- event_seq served only the export's seq-range scan; the export now bounds that scan by recorded_at as well (seq and
-- recorded_at grow together, the sequencer never lets recorded_at run backwards), which the primary key
-- (recorded_at, seq) serves in the same order. Timeline, actor, action and subject queries keep their indexes.
DROP INDEX event_seq;
