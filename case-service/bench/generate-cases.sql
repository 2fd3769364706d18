-- Demo and benchmark data generator: :cases realistic cases across domains, regions, queues, priorities and
-- states, with subjects, reporters and an "opened" timeline entry. Idempotent: case n is always TS-DEMO-n, so a
-- rerun adds only the cases not there yet. Used by bench/claim-next (open_only=true: 1,000,000 NEW cases) and
-- by bench/demo-seed (open_only=false: every state, with assignees, first action, resolution and SLA states).
--   psql -v cases=300 -v open_only=false -f generate-cases.sql case_db
-- Queues come first so the cases are routed to them.
INSERT INTO work_queue (id, name, domain, region, skill, kind, created_at, version)
SELECT gen_random_uuid(), d || '-' || r || '-' || k, d, r, NULL, k, now(), 0
FROM unnest(ARRAY['shop', 'live', 'ads', 'support']) d, unnest(ARRAY['US', 'EU', 'SG']) r,
     unnest(ARRAY['STANDARD', 'LEAD']) k
ON CONFLICT (name) DO NOTHING;

CREATE TEMP TABLE demo_queue AS
SELECT row_number() OVER (ORDER BY name) - 1 AS n, id, domain, region FROM work_queue
WHERE kind = 'STANDARD' AND name ~ '^(shop|live|ads|support)-(US|EU|SG)-STANDARD$';

CREATE TEMP TABLE demo_case AS
SELECT g, q.id AS queue_id, q.domain, q.region, s.status,
    -- the benchmark's cases are a day old at most; the demo's open ones up to 2 days, closed ones up to 30
    CASE WHEN :open_only THEN now() - (g % 100000) * interval '1 second' - interval '1 day'
         WHEN s.status IN ('RESOLVED', 'CLOSED') THEN now() - ((g * 7919) % 43200) * interval '1 minute'
         ELSE now() - ((g * 7919) % 2880) * interval '1 minute' END AS created
FROM generate_series(1, :cases) g
JOIN demo_queue q ON q.n = g % (SELECT count(*) FROM demo_queue)
CROSS JOIN LATERAL (SELECT CASE WHEN :open_only THEN 'NEW'
         ELSE (ARRAY['NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING', 'ESCALATED', 'RESOLVED', 'CLOSED',
                     'RESOLVED', 'CLOSED', 'IN_PROGRESS'])[1 + g % 10] END AS status) s;

CREATE TEMP TABLE demo_row AS
SELECT d.*,
    CASE WHEN d.status = 'NEW' THEN NULL ELSE d.created + (5 + g % 180) * interval '1 minute' END AS first_action_at,
    CASE WHEN d.status IN ('RESOLVED', 'CLOSED') THEN d.created + (1 + g % 96) * interval '1 hour' END AS resolved_at,
    CASE WHEN d.status IN ('NEW', 'TRIAGED') THEN NULL
         WHEN d.region = 'US' THEN (ARRAY['ivy', 'leo'])[1 + g % 2] ELSE 'ian' END AS assignee
FROM demo_case d;

INSERT INTO risk_case (id, ref, domain, category, title, description, region, severity, priority, source, status,
    queue_id, assignee, report_count, created_by, created_at, updated_at, version, status_since, resolved_at,
    escalation_count, reopen_count, sla_state, first_action_due, first_action_risk_at, first_action_at,
    resolution_due, resolution_risk_at, sla_paused_since, sla_next_check)
SELECT
    -- time-ordered ids in the UUIDv7 layout, so keyset lists page over the generated cases like real ones
    (lpad(to_hex((extract(epoch FROM r.created) * 1000)::bigint), 12, '0') || '7' || substr(md5(g::text), 1, 3)
        || '8' || substr(md5(g::text), 4, 15))::uuid,
    'TS-DEMO-' || lpad(g::text, 7, '0'),
    r.domain,
    (ARRAY['counterfeit', 'fraud', 'gift-abuse', 'prohibited-item', 'refund-dispute', 'election-ad'])[1 + g % 6],
    (ARRAY['Counterfeit sneakers listing', 'Chargeback ring on new seller', 'Gift laundering in LIVE room',
           'Prohibited item listed', 'Refund dispute escalated by buyer', 'Unlabelled political ad'])[1 + g % 6],
    'Generated demo case ' || g,
    r.region,
    (ARRAY['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'])[1 + (g * 7) % 4],
    (ARRAY['P0', 'P1', 'P2', 'P3', 'P4'])[1 + (g * 13) % 5],
    (ARRAY['USER_REPORT', 'DETECTION', 'ESCALATION', 'REGULATOR'])[1 + (g * 3) % 4],
    r.status, r.queue_id, r.assignee, 1 + g % 4, 'demo-seed', r.created,
    coalesce(r.resolved_at, r.first_action_at, r.created), 0,
    coalesce(r.resolved_at, r.first_action_at, r.created), r.resolved_at,
    CASE WHEN r.status = 'ESCALATED' THEN 1 ELSE 0 END,
    CASE WHEN r.status IN ('RESOLVED', 'CLOSED') AND g % 9 = 0 THEN 1 ELSE 0 END,
    -- the P2 windows (4 h first action, 72 h resolution) for every generated case
    CASE WHEN r.resolved_at IS NOT NULL THEN
              CASE WHEN r.resolved_at <= r.created + interval '3 days'
                        AND r.first_action_at <= r.created + interval '4 hours' THEN 'MET' ELSE 'BREACHED' END
         WHEN coalesce(r.first_action_at, now()) > r.created + interval '4 hours'
              OR now() > r.created + interval '3 days' THEN 'BREACHED'
         ELSE 'ON_TRACK' END,
    r.created + interval '4 hours', r.created + interval '3 hours', r.first_action_at,
    r.created + interval '3 days', r.created + interval '54 hours',
    CASE WHEN r.status = 'WAITING' THEN r.first_action_at END,
    CASE WHEN r.status IN ('RESOLVED', 'CLOSED', 'WAITING') THEN NULL
         WHEN :open_only THEN r.created + interval '3 hours' ELSE now() END
FROM demo_row r
ON CONFLICT (ref) DO NOTHING;

INSERT INTO case_subject (case_id, position, type, ref)
SELECT id, 0, 'ACCOUNT', 'A-' || substr(ref, 9) FROM risk_case WHERE ref LIKE 'TS-DEMO-%'
ON CONFLICT DO NOTHING;
INSERT INTO case_reporter (case_id, reporter) SELECT id, created_by FROM risk_case WHERE ref LIKE 'TS-DEMO-%'
ON CONFLICT DO NOTHING;
-- One "opened" timeline entry per demo case, with an id in the case's own time so timelines stay ordered.
INSERT INTO case_event (id, case_id, kind, actor, at, summary)
SELECT (substr(id::text, 1, 24) || substr(md5('opened' || ref), 1, 12))::uuid, id, 'opened', 'demo-seed',
    created_at, 'Opened ' || ref || ' as ' || priority || ' (demo data)'
FROM risk_case WHERE ref LIKE 'TS-DEMO-%' AND NOT :open_only
ON CONFLICT DO NOTHING;
ANALYZE risk_case;
