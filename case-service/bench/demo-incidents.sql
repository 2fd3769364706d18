-- Demo incidents, on-shift roster and handover notes for the local run, loaded by bench/demo-seed after the demo cases.
-- Idempotent: incidents are found by ref (INC-DEMO-1, INC-DEMO-2) and everything hanging off them takes its ids and
-- times from the incident as first stored; the roster is moved to "around now" on every run, so
-- `GET /api/shifts/on-duty` always finds someone. Like the demo cases, these rows carry no audit history.
--   psql -f demo-incidents.sql case_db

-- UUIDv7-shaped ids (time first) from a name and a time, so lists and timelines order them like real ones.
CREATE OR REPLACE FUNCTION pg_temp.demo_uuid(name text, at timestamptz) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
    SELECT (lpad(to_hex((extract(epoch FROM at) * 1000)::bigint), 12, '0') || '7' || substr(md5(name), 1, 3)
        || '8' || substr(md5(name), 4, 15))::uuid
$$;
-- RFC 3339 UTC, as the service writes times into the RCA's JSON.
CREATE OR REPLACE FUNCTION pg_temp.utc(at timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$$;

CREATE TEMP TABLE demo_incident AS
SELECT * FROM (VALUES
    ('INC-DEMO-1', 'Surge of unlabelled political ads before the election',
     'Detection flagged a wave of political ads from new advertiser accounts that skipped the label check.',
     'ELECTION', 'SEV1', 'MITIGATED', 'leo', now() - interval '3 days', 'US', 'election-ad'),
    ('INC-DEMO-2', 'Refund-abuse ring targeting new sellers',
     'Linked buyer accounts file item-not-received disputes against sellers in their first month.',
     'COORDINATED_ABUSE', 'SEV2', 'OPEN', 'lena', now() - interval '20 hours', 'SG', 'refund-dispute')
) AS t(ref, title, description, kind, severity, status, commander, declared, region, category);

INSERT INTO incident (id, ref, title, description, kind, severity, status, commander, created_by, created_at,
    updated_at, status_since, mitigated_at, version)
SELECT pg_temp.demo_uuid(ref, declared), ref, title, description, kind, severity, status, commander, commander,
    declared, declared + interval '6 hours', declared + CASE WHEN status = 'MITIGATED' THEN interval '6 hours'
        ELSE interval '0' END,
    CASE WHEN status = 'MITIGATED' THEN declared + interval '6 hours' END, 0
FROM demo_incident
ON CONFLICT (ref) DO NOTHING;

INSERT INTO incident_region (incident_id, region)
SELECT i.id, d.region FROM demo_incident d JOIN incident i ON i.ref = d.ref
ON CONFLICT DO NOTHING;

-- Each incident groups up to four demo cases of its region and category.
INSERT INTO incident_case (incident_id, case_id, linked_by, linked_at)
SELECT i.id, c.id, d.commander, i.created_at + interval '1 hour'
FROM demo_incident d JOIN incident i ON i.ref = d.ref
CROSS JOIN LATERAL (SELECT id FROM risk_case WHERE ref LIKE 'TS-DEMO-%' AND region = d.region
    AND category = d.category ORDER BY ref LIMIT 4) c
ON CONFLICT DO NOTHING;

INSERT INTO incident_event (id, incident_id, kind, actor, at, summary, region)
SELECT pg_temp.demo_uuid(d.ref || e.kind || e.n, i.created_at + e.after), i.id, e.kind, e.actor,
    i.created_at + e.after, e.summary, NULL
FROM demo_incident d JOIN incident i ON i.ref = d.ref
CROSS JOIN LATERAL (VALUES
    (1, 'declared', d.commander, interval '0', 'Declared ' || d.ref || ': ' || d.severity || ' incident in '
        || d.region || ', commander ' || d.commander),
    (2, 'update', CASE d.region WHEN 'US' THEN 'ivy' ELSE 'ian' END, interval '2 hours',
        'Same pattern seen across several queues; collecting examples'),
    (3, 'status', d.commander, interval '6 hours', 'OPEN → MITIGATED: new advertiser accounts held for review')
) AS e(n, kind, actor, after, summary)
WHERE e.kind <> 'status' OR d.status = 'MITIGATED'
ON CONFLICT DO NOTHING;

-- INC-DEMO-1 has an RCA report (version 1) with one corrective action done and one still open.
INSERT INTO incident_corrective_action (id, incident_id, title, owner, due_date, status, done_by, done_at,
    created_at, updated_at, version)
SELECT pg_temp.demo_uuid('INC-DEMO-1-action-' || a.n, i.created_at + interval '2 days'), i.id, a.title, a.owner,
    (i.created_at + a.due)::date, a.status, CASE WHEN a.status = 'DONE' THEN a.owner END,
    CASE WHEN a.status = 'DONE' THEN i.created_at + interval '2 days 4 hours' END,
    i.created_at + interval '2 days', i.created_at + interval '2 days', 0
FROM incident i CROSS JOIN (VALUES
    (1, 'Hold ads from advertiser accounts younger than 7 days for review', 'leo', interval '3 days', 'DONE'),
    (2, 'Run the political-content classifier on ad creatives, not only on landing pages', 'ivy',
     interval '30 days', 'OPEN')
) AS a(n, title, owner, due, status)
WHERE i.ref = 'INC-DEMO-1'
ON CONFLICT DO NOTHING;

INSERT INTO incident_rca (incident_id, number, summary, impact, root_cause, timeline, contributing_factors,
    corrective_actions, author, created_at)
SELECT i.id, 1,
    'New advertiser accounts ran unlabelled political ads for about 30 hours before detection caught up.',
    'About 2,400 ads reached US users without the political-ad label; 310 cases were opened from user reports.',
    'The label check ran only on landing pages, and the new accounts used neutral landing pages.',
    json_build_array(
        json_build_object('at', pg_temp.utc(i.created_at - interval '30 hours'), 'text', 'First unlabelled ads go live'),
        json_build_object('at', pg_temp.utc(i.created_at), 'text', 'Detection alert; incident declared'),
        json_build_object('at', pg_temp.utc(i.created_at + interval '6 hours'), 'text', 'New accounts held for review'))::text,
    json_build_array('Classifier scoped to landing pages', 'No alert on ad volume from new accounts')::text,
    (SELECT json_agg(json_build_object('id', a.id, 'title', a.title, 'owner', a.owner, 'dueDate', a.due_date,
        'status', a.status) ORDER BY a.id)::text FROM incident_corrective_action a WHERE a.incident_id = i.id),
    'leo', i.created_at + interval '2 days'
FROM incident i WHERE i.ref = 'INC-DEMO-1'
ON CONFLICT DO NOTHING;

INSERT INTO incident_event (id, incident_id, kind, actor, at, summary)
SELECT pg_temp.demo_uuid('INC-DEMO-1-rca', i.created_at + interval '2 days'), i.id, 'rca', 'leo',
    i.created_at + interval '2 days', 'RCA version 1 saved with 2 corrective action(s), 2 new'
FROM incident i WHERE i.ref = 'INC-DEMO-1'
ON CONFLICT DO NOTHING;

-- The roster: a lead and an investigator on shift in the US and in Singapore, from 4 hours ago for 12 hours.
INSERT INTO shift (id, region, queue_id, person, role, starts_at, ends_at, created_by, created_at, version)
SELECT md5('vigil-demo-shift-' || s.person || s.region)::uuid, s.region, NULL, s.person, s.role,
    date_trunc('hour', now()) - interval '4 hours', date_trunc('hour', now()) + interval '8 hours', 'demo-seed',
    now(), 0
FROM (VALUES ('leo', 'US', 'LEAD'), ('ivy', 'US', 'INVESTIGATOR'), ('lena', 'SG', 'LEAD'),
             ('ian', 'SG', 'INVESTIGATOR')) AS s(person, region, role)
ON CONFLICT (id) DO UPDATE SET starts_at = excluded.starts_at, ends_at = excluded.ends_at;

-- Handover notes from the previous shift, so the Shifts page shows what one looks like; written once (a rerun finds
-- them by their text), dated at the start of the current shift.
INSERT INTO shift_handover (id, region, queue_id, author, body, created_at)
SELECT pg_temp.demo_uuid('vigil-demo-handover-' || h.author, date_trunc('hour', now()) - h.ago), h.region, NULL,
    h.author, h.body, date_trunc('hour', now()) - h.ago
FROM (VALUES
    ('leo', 'US', interval '4 hours 10 minutes',
     'INC-DEMO-1: the election-ads corrective action on reviewer training is still open; owner ivy, due this week.'),
    ('lena', 'SG', interval '4 hours 5 minutes',
     'INC-DEMO-2 is open: watch the coordinated-abuse queue for new reports from the same payout cards.'))
    AS h(author, region, ago, body)
WHERE NOT EXISTS (SELECT 1 FROM shift_handover s WHERE s.author = h.author AND s.body = h.body);
