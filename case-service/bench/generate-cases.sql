-- Demo and benchmark data generator: :cases realistic open and closed cases across domains, regions, queues,
-- priorities and states, with subjects. Used by bench/claim-next (1,000,000 open cases) and usable for a local
-- seed (psql -v cases=300 -f generate-cases.sql case_db). Queues come first so the cases are routed to them.
INSERT INTO work_queue (id, name, domain, region, skill, kind, created_at, version)
SELECT gen_random_uuid(), d || '-' || r || '-' || k, d, r, NULL, k, now(), 0
FROM unnest(ARRAY['shop', 'live', 'ads', 'support']) d, unnest(ARRAY['US', 'EU', 'SG']) r,
     unnest(ARRAY['STANDARD', 'LEAD']) k
ON CONFLICT (name) DO NOTHING;

CREATE TEMP TABLE demo_queue AS
SELECT row_number() OVER (ORDER BY name) - 1 AS n, id, domain, region FROM work_queue WHERE kind = 'STANDARD';

INSERT INTO risk_case (id, ref, domain, category, title, description, region, severity, priority, source, status,
    queue_id, assignee, report_count, created_by, created_at, updated_at, version, status_since, sla_state,
    first_action_due, first_action_risk_at, resolution_due, resolution_risk_at, sla_next_check)
SELECT
    -- time-ordered ids in the UUIDv7 layout, so keyset lists page over the generated cases like real ones
    (lpad(to_hex((extract(epoch FROM t.created) * 1000)::bigint), 12, '0') || '7' || substr(md5(g::text), 1, 3)
        || '8' || substr(md5(g::text), 4, 15))::uuid,
    'TS-DEMO-' || lpad(g::text, 7, '0'),
    q.domain,
    (ARRAY['counterfeit', 'fraud', 'gift-abuse', 'prohibited-item', 'refund-dispute', 'election-ad'])[1 + g % 6],
    (ARRAY['Counterfeit sneakers listing', 'Chargeback ring on new seller', 'Gift laundering in LIVE room',
           'Prohibited item listed', 'Refund dispute escalated by buyer', 'Unlabelled political ad'])[1 + g % 6],
    'Generated demo case ' || g,
    q.region,
    (ARRAY['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'])[1 + (g * 7) % 4],
    (ARRAY['P0', 'P1', 'P2', 'P3', 'P4'])[1 + (g * 13) % 5],
    (ARRAY['USER_REPORT', 'DETECTION', 'ESCALATION', 'REGULATOR'])[1 + (g * 3) % 4],
    CASE WHEN :open_only THEN 'NEW'
         ELSE (ARRAY['NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING', 'ESCALATED', 'RESOLVED', 'CLOSED'])[1 + g % 7] END,
    q.id, NULL, 1, 'demo-seed', t.created, t.created, 0, t.created, 'ON_TRACK',
    t.created + interval '4 hours', t.created + interval '3 hours',
    t.created + interval '3 days', t.created + interval '54 hours', t.created + interval '3 hours'
FROM generate_series(1, :cases) g
JOIN demo_queue q ON q.n = g % (SELECT count(*) FROM demo_queue)
CROSS JOIN LATERAL (SELECT now() - (g % 100000) * interval '1 second' - interval '1 day' AS created) t;

INSERT INTO case_subject (case_id, position, type, ref)
SELECT id, 0, 'ACCOUNT', 'A-' || substr(ref, 9) FROM risk_case WHERE ref LIKE 'TS-DEMO-%';
INSERT INTO case_reporter (case_id, reporter) SELECT id, created_by FROM risk_case WHERE ref LIKE 'TS-DEMO-%';
ANALYZE risk_case;
