-- EXPLAIN ANALYZE of the WIP candidate queries on a schema seeded by wip-seed.sql (see docs/BENCHMARKS.md).
-- 'before' is WipCandidateStore as it stood before issue 12 (main at fa5b07d); 'after' is what it runs since.
-- Provider id 2 is wip-provider; the date is the includeWipPactsSince the broker binds.
\set ON_ERROR_STOP on
SET search_path TO :"schema";
\echo before: branch heads
EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON)
SELECT DISTINCT pp.consumer_id, c.name AS consumer_name, cv.id AS consumer_version_id,
       cv.number AS consumer_version_number, cv.version_order AS consumer_version_order,
       pv.id AS pact_version_id, pv.sha AS sha, pp.created_at AS published_at,
       b.name AS label, NULL AS environment_name, FALSE AS environment_production
FROM pact_publications pp
JOIN pact_versions pv ON pv.id = pp.pact_version_id
JOIN versions cv ON cv.id = pp.consumer_version_id
JOIN pacticipants c ON c.id = pp.consumer_id
JOIN branch_versions bv ON bv.version_id = cv.id
JOIN branches b ON b.id = bv.branch_id
WHERE pp.provider_id = 2 AND pp.created_at >= now() - interval '30 days'
  AND pp.revision = (SELECT MAX(r.revision) FROM pact_publications r
                     WHERE r.consumer_version_id = pp.consumer_version_id AND r.provider_id = pp.provider_id)
  AND bv.id = (SELECT MAX(h.id) FROM branch_versions h WHERE h.branch_id = bv.branch_id);
\echo before: tag heads
EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON)
SELECT DISTINCT pp.consumer_id, c.name AS consumer_name, cv.id AS consumer_version_id,
       cv.number AS consumer_version_number, cv.version_order AS consumer_version_order,
       pv.id AS pact_version_id, pv.sha AS sha, pp.created_at AS published_at,
       t.name AS label, NULL AS environment_name, FALSE AS environment_production
FROM pact_publications pp
JOIN pact_versions pv ON pv.id = pp.pact_version_id
JOIN versions cv ON cv.id = pp.consumer_version_id
JOIN pacticipants c ON c.id = pp.consumer_id
JOIN tags t ON t.version_id = cv.id
WHERE pp.provider_id = 2 AND pp.created_at >= now() - interval '30 days'
  AND pp.revision = (SELECT MAX(r.revision) FROM pact_publications r
                     WHERE r.consumer_version_id = pp.consumer_version_id AND r.provider_id = pp.provider_id)
  AND NOT EXISTS (SELECT 1 FROM tags t2 JOIN versions v2 ON v2.id = t2.version_id
                  WHERE t2.name = t.name AND v2.pacticipant_id = cv.pacticipant_id
                    AND v2.version_order > cv.version_order);
\echo after: branch heads
EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON)
SELECT DISTINCT pp.consumer_id, c.name AS consumer_name, cv.id AS consumer_version_id,
       cv.number AS consumer_version_number, cv.version_order AS consumer_version_order,
       pv.id AS pact_version_id, pv.sha AS sha, pp.created_at AS published_at,
       h.label AS label, NULL AS environment_name, FALSE AS environment_production
FROM (SELECT b.name AS label, (SELECT MAX(bv.id) FROM branch_versions bv WHERE bv.branch_id = b.id) AS head_id
      FROM branches b
      WHERE b.pacticipant_id IN (SELECT cp.consumer_id FROM pact_versions cp WHERE cp.provider_id = 2)) h
JOIN branch_versions hv ON hv.id = h.head_id
JOIN pact_publications pp ON pp.consumer_version_id = hv.version_id
JOIN pact_versions pv ON pv.id = pp.pact_version_id
JOIN versions cv ON cv.id = pp.consumer_version_id
JOIN pacticipants c ON c.id = pp.consumer_id
WHERE pp.provider_id = 2 AND pp.created_at >= now() - interval '30 days'
  AND pp.revision = (SELECT MAX(r.revision) FROM pact_publications r
                     WHERE r.consumer_version_id = pp.consumer_version_id AND r.provider_id = pp.provider_id);
\echo after: tag heads
EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON)
SELECT DISTINCT pp.consumer_id, c.name AS consumer_name, cv.id AS consumer_version_id,
       cv.number AS consumer_version_number, cv.version_order AS consumer_version_order,
       pv.id AS pact_version_id, pv.sha AS sha, pp.created_at AS published_at,
       h.label AS label, NULL AS environment_name, FALSE AS environment_production
FROM (SELECT v.pacticipant_id, t.name AS label, MAX(v.version_order) AS head_order
      FROM tags t JOIN versions v ON v.id = t.version_id
      WHERE v.pacticipant_id IN (SELECT cp.consumer_id FROM pact_versions cp WHERE cp.provider_id = 2)
      GROUP BY v.pacticipant_id, t.name) h
JOIN versions cv ON cv.pacticipant_id = h.pacticipant_id AND cv.version_order = h.head_order
JOIN pact_publications pp ON pp.consumer_version_id = cv.id
JOIN pact_versions pv ON pv.id = pp.pact_version_id
JOIN pacticipants c ON c.id = pp.consumer_id
WHERE pp.provider_id = 2 AND pp.created_at >= now() - interval '30 days'
  AND pp.revision = (SELECT MAX(r.revision) FROM pact_publications r
                     WHERE r.consumer_version_id = pp.consumer_version_id AND r.provider_id = pp.provider_id);
