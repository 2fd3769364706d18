-- Demo enforcement, after generate-cases.sql: on the first :actions demo cases being worked (IN_PROGRESS, WAITING,
-- ESCALATED), in turn a ban waiting for a lead's approval (four-eyes), a warning in force and a payout hold a lead
-- approved, each with its history, timeline entry and strikes; then three appeals against warnings, two open in
-- their review cases and one upheld. Ids derive from the case, so a rerun adds nothing.
--   psql -v actions=18 -f demo-enforcement.sql case_db
CREATE TEMP TABLE demo_enf AS
SELECT c.id AS case_id, c.ref, c.region, c.domain, c.category, c.severity, c.priority, c.created_at,
    s.ref AS subject_ref, n,
    (ARRAY['BAN', 'WARN', 'HOLD_PAYOUT'])[1 + n::int % 3] AS type,
    CASE WHEN n % 3 = 0 THEN 'PENDING_APPROVAL' ELSE 'ACTIVE' END AS status,
    CASE WHEN c.region = 'US' THEN 'ivy' ELSE 'ian' END AS requester,
    CASE WHEN n % 3 = 2 THEN 'lena' END AS approver,
    CASE c.domain WHEN 'live' THEN 'LIVE-GIFTING-FRAUD' WHEN 'ads' THEN 'ADS-ELECTION-MISINFO'
        WHEN 'support' THEN 'SUPPORT-REFUND-ABUSE' ELSE 'SHOP-COUNTERFEIT' END AS reason_code,
    c.created_at + interval '1 hour' AS requested_at,
    -- time-ordered ids in the UUIDv7 layout, from the case, so lists page over them like real ones
    (lpad(to_hex((extract(epoch FROM c.created_at + interval '1 hour') * 1000)::bigint), 12, '0') || '7'
        || substr(md5('enf' || c.id), 1, 3) || '8' || substr(md5('enf' || c.id), 4, 15))::uuid AS action_id
FROM (SELECT c.*, row_number() OVER (ORDER BY c.ref) AS n FROM risk_case c
      WHERE c.ref LIKE 'TS-DEMO-%' AND c.status IN ('IN_PROGRESS', 'WAITING', 'ESCALATED')
        AND c.created_at < now() - interval '3 hours') c
JOIN case_subject s ON s.case_id = c.id AND s.position = 0
WHERE c.n <= :actions;

INSERT INTO enforcement_action (id, case_id, region, type, status, reason_code, policy, ground_type, ground,
    ground_explanation, ground_url, dsa_category, strike_weight, sop_key, sop_version, decision_path, rationale,
    territorial_scope, automated_detection, automated_decision, effective_from, duration_seconds, approval_required,
    requested_by, requested_at, decided_by, decided_at, decision_reason, activated_at, expires_at, version)
SELECT e.action_id, e.case_id, e.region, e.type, e.status, r.code, r.policy, r.ground_type, r.ground,
    r.ground_explanation, r.ground_url, r.dsa_category, r.strike_weight, e.domain || '.' || e.category, 1,
    'intake,evidence-review,outcome',
    CASE e.type WHEN 'BAN' THEN 'Repeat violation after two earlier strikes; evidence attached to the case'
        WHEN 'WARN' THEN 'First violation; the listing was corrected after contact'
        ELSE 'Payouts held while the chargebacks on this account are investigated' END,
    CASE WHEN e.region = 'EU' THEN 'AT,BE,BG,HR,CY,CZ,DK,EE,FI,FR,DE,GR,HU,IE,IT,LV,LT,LU,MT,NL,PL,PT,RO,SK,SI,ES,SE'
        ELSE e.region END,
    e.n % 2 = 0, 'NOT_AUTOMATED', e.requested_at,
    CASE WHEN e.type = 'HOLD_PAYOUT' THEN 30 * 86400 END, e.type <> 'WARN',
    e.requester, e.requested_at, e.approver,
    CASE WHEN e.approver IS NOT NULL THEN e.requested_at + interval '30 minutes' END,
    CASE WHEN e.approver IS NOT NULL THEN 'Chargeback pattern confirmed' END,
    CASE WHEN e.status = 'ACTIVE' THEN e.requested_at + CASE WHEN e.approver IS NULL THEN interval '0'
        ELSE interval '30 minutes' END END,
    CASE WHEN e.type = 'HOLD_PAYOUT' THEN e.requested_at + interval '30 minutes' + interval '30 days' END, 0
FROM demo_enf e JOIN reason_code r ON r.code = e.reason_code
ON CONFLICT (id) DO NOTHING;

INSERT INTO enforcement_subject (action_id, position, type, ref)
SELECT action_id, 0, 'ACCOUNT', subject_ref FROM demo_enf
ON CONFLICT DO NOTHING;

INSERT INTO enforcement_event (id, action_id, kind, from_status, to_status, actor, at, reason)
SELECT (substr(action_id::text, 1, 24) || substr(md5('requested' || action_id), 1, 12))::uuid, action_id, 'REQUESTED',
    NULL, CASE WHEN approver IS NULL THEN status ELSE 'PENDING_APPROVAL' END, requester, requested_at,
    'Requested from the demo data'
FROM demo_enf
UNION ALL
SELECT (substr(action_id::text, 1, 24) || substr(md5('approved' || action_id), 1, 12))::uuid, action_id, 'APPROVED',
    'PENDING_APPROVAL', 'ACTIVE', approver, requested_at + interval '30 minutes', 'Chargeback pattern confirmed'
FROM demo_enf WHERE approver IS NOT NULL
ON CONFLICT (id) DO NOTHING;

INSERT INTO strike (id, action_id, subject_type, subject_ref, region, policy, weight, issued_at, expires_at, status,
    version)
SELECT (substr(a.id::text, 1, 24) || substr(md5('strike' || a.id), 1, 12))::uuid, a.id, 'ACCOUNT', e.subject_ref,
    a.region, a.policy, a.strike_weight, a.activated_at,
    a.activated_at + CASE a.policy WHEN 'election-integrity' THEN interval '365 days'
        WHEN 'refund-abuse' THEN interval '90 days' ELSE interval '180 days' END, 'ACTIVE', 0
FROM enforcement_action a JOIN demo_enf e ON e.action_id = a.id
WHERE a.status = 'ACTIVE' AND a.strike_weight > 0
ON CONFLICT (id) DO NOTHING;

INSERT INTO case_event (id, case_id, kind, actor, at, summary)
SELECT (substr(action_id::text, 1, 24) || substr(md5('timeline' || action_id), 1, 12))::uuid, case_id, 'enforcement',
    requester, requested_at, initcap(replace(lower(type), '_', '-')) || ' on account ' || subject_ref || ' ('
        || reason_code || ')' || CASE WHEN status = 'PENDING_APPROVAL' THEN ' requested; waits for a lead''s approval'
        ELSE ' in force' END || ' (demo data)'
FROM demo_enf
ON CONFLICT (id) DO NOTHING;

-- Appeals against the first three warnings: a review case each (source APPEAL, in the appeals queue of the domain
-- and region, linked APPEAL_OF the enforced case); the third was already upheld by a lead.
CREATE TEMP TABLE demo_appeal AS
SELECT e.*, row_number() OVER (ORDER BY e.n) AS k,
    e.requested_at + interval '2 hours' AS filed_at,
    (lpad(to_hex((extract(epoch FROM e.requested_at + interval '2 hours') * 1000)::bigint), 12, '0') || '7'
        || substr(md5('appeal-case' || e.case_id), 1, 3) || '8' || substr(md5('appeal-case' || e.case_id), 4, 15))::uuid
        AS review_id,
    (lpad(to_hex((extract(epoch FROM e.requested_at + interval '2 hours') * 1000)::bigint), 12, '0') || '7'
        || substr(md5('appeal' || e.case_id), 1, 3) || '8' || substr(md5('appeal' || e.case_id), 4, 15))::uuid
        AS appeal_id,
    (SELECT q.id FROM work_queue q WHERE q.kind = 'APPEALS' AND q.region = e.region
        AND (q.domain = e.domain OR q.domain IS NULL) ORDER BY q.domain NULLS LAST, q.name LIMIT 1) AS queue_id
FROM demo_enf e WHERE e.type = 'WARN' AND e.requested_at + interval '3 hours' < now()
ORDER BY e.n LIMIT 3;

INSERT INTO risk_case (id, ref, domain, category, title, description, region, severity, priority, source, status,
    queue_id, assignee, report_count, created_by, created_at, updated_at, version, status_since, resolved_at,
    escalation_count, reopen_count, sla_state, first_action_due, first_action_risk_at, first_action_at,
    resolution_due, resolution_risk_at, sla_paused_since, sla_next_check)
SELECT a.review_id, 'TS-APPEAL-DEMO-' || lpad(a.n::text, 4, '0'), a.domain, 'appeal.' || a.category,
    'Appeal against warn (' || a.reason_code || ') on ' || a.ref,
    'The listing was a genuine item bought from the brand''s outlet; receipts are attached.',
    a.region, a.severity, a.priority, 'APPEAL', CASE WHEN a.k = 3 THEN 'RESOLVED' ELSE 'NEW' END, a.queue_id, NULL, 1,
    a.requester, a.filed_at, CASE WHEN a.k = 3 THEN a.filed_at + interval '1 hour' ELSE a.filed_at END, 0,
    CASE WHEN a.k = 3 THEN a.filed_at + interval '1 hour' ELSE a.filed_at END,
    CASE WHEN a.k = 3 THEN a.filed_at + interval '1 hour' END, 0, 0,
    CASE WHEN a.k = 3 THEN 'MET' WHEN now() > a.filed_at + interval '4 hours' THEN 'BREACHED' ELSE 'ON_TRACK' END,
    a.filed_at + interval '4 hours', a.filed_at + interval '3 hours',
    CASE WHEN a.k = 3 THEN a.filed_at + interval '1 hour' END,
    a.filed_at + interval '3 days', a.filed_at + interval '54 hours', NULL,
    CASE WHEN a.k = 3 THEN NULL ELSE now() END
FROM demo_appeal a
ON CONFLICT (ref) DO NOTHING;

INSERT INTO case_subject (case_id, position, type, ref)
SELECT review_id, 0, 'ACCOUNT', subject_ref FROM demo_appeal ON CONFLICT DO NOTHING;
INSERT INTO case_reporter (case_id, reporter)
SELECT review_id, requester FROM demo_appeal ON CONFLICT DO NOTHING;
INSERT INTO case_event (id, case_id, kind, actor, at, summary)
SELECT (substr(review_id::text, 1, 24) || substr(md5('opened' || review_id), 1, 12))::uuid, review_id, 'opened',
    requester, filed_at, 'Opened from an appeal against warn on ' || ref || ' (demo data)'
FROM demo_appeal
ON CONFLICT (id) DO NOTHING;
INSERT INTO case_link (id, from_case, to_case, type, created_by, created_at)
SELECT (substr(review_id::text, 1, 24) || substr(md5('link' || review_id), 1, 12))::uuid, review_id, case_id,
    'APPEAL_OF', requester, filed_at
FROM demo_appeal
ON CONFLICT DO NOTHING;

INSERT INTO enforcement_appeal (id, action_id, case_id, appealed_case_id, region, statement, status, outcome, filed_by,
    filed_at, decided_by, decided_at, decision_reason, version)
SELECT appeal_id, action_id, review_id, case_id, region,
    'The listing was a genuine item bought from the brand''s outlet; receipts are attached.',
    CASE WHEN k = 3 THEN 'DECIDED' ELSE 'OPEN' END, CASE WHEN k = 3 THEN 'UPHELD' END, requester, filed_at,
    CASE WHEN k = 3 THEN 'lena' END, CASE WHEN k = 3 THEN filed_at + interval '1 hour' END,
    CASE WHEN k = 3 THEN 'Receipts do not match the serial numbers on the listing photos' END, 0
FROM demo_appeal
ON CONFLICT (id) DO NOTHING;

INSERT INTO enforcement_event (id, action_id, kind, from_status, to_status, actor, at, reason)
SELECT (substr(appeal_id::text, 1, 24) || substr(md5('appealed' || appeal_id), 1, 12))::uuid, action_id, 'APPEALED',
    'ACTIVE', 'ACTIVE', requester, filed_at, 'appeal ' || appeal_id
FROM demo_appeal
UNION ALL
SELECT (substr(appeal_id::text, 1, 24) || substr(md5('upheld' || appeal_id), 1, 12))::uuid, action_id,
    'APPEAL_UPHELD', 'ACTIVE', 'ACTIVE', 'lena', filed_at + interval '1 hour',
    'Receipts do not match the serial numbers on the listing photos'
FROM demo_appeal WHERE k = 3
ON CONFLICT (id) DO NOTHING;
