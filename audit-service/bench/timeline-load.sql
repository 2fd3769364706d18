-- Fills the real audit schema (migrations V1..V6 applied first) with :events events spread over ten months,
-- through SQL directly rather than HTTP. Targets: 1,000,000 cases, so one case has about ten events scattered in
-- time, as a real case timeline is. Secondary indexes are dropped for the load and rebuilt with the migrations'
-- definitions afterwards.
SET synchronous_commit = off;
SET maintenance_work_mem = '512MB';
DROP INDEX event_target_timeline, event_actor, event_action, event_subjects;
SELECT audit_ensure_partition(m) FROM generate_series(timestamptz '2026-01-01', timestamptz '2026-10-01', interval '1 month') m;

INSERT INTO leaf (seq, event_id, leaf_hash, producer, producer_seq, recorded_at)
SELECT g, md5('e' || g)::uuid, sha256(int8send(g)), 'case-service', g,
       timestamptz '2026-01-01' + g * interval '2.5 seconds'
FROM generate_series(0::bigint, :events - 1) g;

INSERT INTO event (seq, recorded_at, event_id, producer, occurred_at, action, outcome, actor_ref, target_type,
                   target_id, region, sop_key, sop_version, envelope, subject_refs)
SELECT g, t, md5('e' || g)::uuid, 'case-service', t, 'case.transition', 'success', 'sub-user-' || (g % 500), 'case',
       'case-' || ((g * 7919) % 1000000), (ARRAY['US', 'EU', 'SG'])[1 + g % 3], 'shop.counterfeit', 3,
       '{"action":"case.transition","actor":{"ref":"sub-user-' || (g % 500) || '","roles":["investigator"],"type":"user"},'
       || '"changes":[{"after":"TRIAGED","before":"NEW","field":"status"}],"eventId":"' || md5('e' || g)::uuid || '",'
       || '"occurredAt":"2026-03-01T12:00:00Z","outcome":{"status":"success"},"producer":"case-service","producerSeq":' || g || ','
       || '"region":"US","subjects":[{"ref":"A-' || (g % 200000) || '","role":"account"}],'
       || '"target":{"id":"case-' || ((g * 7919) % 1000000) || '","type":"case","version":2}}',
       ARRAY['A-' || (g % 200000)]
FROM generate_series(0::bigint, :events - 1) g, LATERAL (SELECT timestamptz '2026-01-01' + g * interval '2.5 seconds' AS t) x;

CREATE INDEX event_target_timeline ON event (target_type, target_id, recorded_at, seq);
CREATE INDEX event_actor ON event (actor_ref, recorded_at);
CREATE INDEX event_action ON event (action, recorded_at, seq);
CREATE INDEX event_subjects ON event USING gin (subject_refs);
ANALYZE leaf;
ANALYZE event;
