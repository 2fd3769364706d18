-- The statement EventSearch runs for one target's timeline over a year, first page of 50, for a random case.
\set c random(0, 999999)
SELECT e.seq, e.event_id, e.recorded_at, l.leaf_hash, e.envelope FROM event e JOIN leaf l ON l.seq = e.seq
WHERE e.recorded_at >= '2026-01-01T00:00:00Z' AND e.recorded_at < '2027-01-01T00:00:00Z'
  AND e.target_type = 'case' AND e.target_id = 'case-' || :c
ORDER BY e.recorded_at, e.seq LIMIT 51;
