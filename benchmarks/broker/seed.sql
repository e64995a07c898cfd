-- Seeds a Treaty broker schema on PostgreSQL with a realistic organisation for the broker benchmark.
--
--   psql 'postgresql://postgres@127.0.0.1:5432/test' -v schema=treaty_bench -f benchmarks/broker/seed.sql
--
-- Optional: -v pacticipants=1000 -v versions_per_pacticipant=100 -v providers_per_consumer=3.
-- The schema must already hold the broker's tables (start the broker on it once: Flyway creates
-- them). Everything in it is replaced. Defaults: 1,000 pacticipants x 100 versions = 100,000
-- versions, each publishing pacts to 3 providers (300,000 publications).
--
-- Shape (deterministic, no randomness):
--   pacticipants  svc-0001 .. svc-1000, main branch "main"
--   integrations  consumer i -> provider 1 + (i*7 mod P/20)      (one of the 5% popular providers)
--                             -> provider 1 + ((i*31 + k*977) mod P) for k = 2, 3  (spread evenly)
--                 a provider equal to the consumer moves to the next pacticipant
--   versions      one a day per pacticipant over the last V days; version n of pacticipant i is
--                 "<n>.0.<i>+<sha>"; 70% on main, 30% on ten feature branches (feature/f-1 .. f-10)
--   tags          every 5th main version "test", every 10th "prod"
--   deployments   each prod/test-tagged version was deployed to production/test; the newest is
--                 current; every 20th pacticipant is a released app (last three prod versions supported)
--   pacts         content changes every 5 consumer versions (20 pact versions per integration,
--                 60,000 in all, ~1.5 KB each); each version publishes to its providers
--   verifications each pact version verified once by the provider's next main version: 85%
--                 succeed, 10% fail, 5% were never verified
\set ON_ERROR_STOP on
\if :{?pacticipants} \else \set pacticipants 1000 \endif
\if :{?versions_per_pacticipant} \else \set versions_per_pacticipant 100 \endif
\if :{?providers_per_consumer} \else \set providers_per_consumer 3 \endif
\if :{?schema} \else \echo 'set -v schema=<the broker schema>' \quit \endif

SET search_path TO :"schema";
SET synchronous_commit TO off;
\timing on

BEGIN;
TRUNCATE verifications, pact_publications, pact_versions, pact_contents, released_versions,
  deployed_versions, tags, branch_versions, branches, versions, pacticipants RESTART IDENTITY CASCADE;

INSERT INTO environments (uuid, name, display_name, production, contacts, created_at)
SELECT v.uuid, v.name, v.display, v.production, NULL, now() - interval '2 years'
FROM (VALUES ('0b6a1f4e-5d1c-4c38-9d1e-7a3c2f10e001', 'test', 'Test', FALSE),
             ('0b6a1f4e-5d1c-4c38-9d1e-7a3c2f10e002', 'production', 'Production', TRUE)) AS v(uuid, name, display, production)
WHERE NOT EXISTS (SELECT 1 FROM environments e WHERE e.name = v.name);

-- Pacticipants -------------------------------------------------------------------------------
INSERT INTO pacticipants (name, display_name, main_branch, repository_url, team, created_at, updated_at)
SELECT 'svc-' || lpad(i::text, 4, '0'), 'Service ' || i, 'main',
       'https://git.example.com/svc-' || i, 'team-' || (i % 50), now() - interval '2 years', now() - interval '2 years'
FROM generate_series(1, :pacticipants) AS i;

-- Versions: created in time order across all pacticipants (ids and version_order follow it) -----
CREATE TEMP TABLE seed_versions ON COMMIT DROP AS
SELECT p.id AS pacticipant_id, i, n,
       n || '.0.' || i || '+' || substr(md5(i || ':' || n), 1, 7) AS number,
       now() - (:versions_per_pacticipant - n) * interval '1 day' - i * interval '1 second' AS created_at,
       CASE WHEN n % 10 IN (3, 7, 9) THEN 'feature/f-' || ((n / 10) % 10 + 1) ELSE 'main' END AS branch
FROM generate_series(1, :pacticipants) AS i
JOIN pacticipants p ON p.name = 'svc-' || lpad(i::text, 4, '0')
CROSS JOIN generate_series(1, :versions_per_pacticipant) AS n;

INSERT INTO versions (pacticipant_id, number, version_order, build_url, created_at)
SELECT pacticipant_id, number, row_number() OVER (ORDER BY created_at, pacticipant_id),
       'https://ci.example.com/svc-' || i || '/' || n, created_at
FROM seed_versions ORDER BY created_at, pacticipant_id;
SELECT setval('version_order_seq', (SELECT max(version_order) FROM versions));

CREATE TEMP TABLE seed_v ON COMMIT DROP AS
SELECT s.*, v.id AS version_id FROM seed_versions s JOIN versions v USING (pacticipant_id, number);
CREATE INDEX ON seed_v (i, n);

-- Branches (first version on a branch creates it) and branch versions, in creation order --------
INSERT INTO branches (pacticipant_id, name, created_at)
SELECT pacticipant_id, branch, min(created_at) FROM seed_v GROUP BY pacticipant_id, branch ORDER BY min(created_at);
INSERT INTO branch_versions (branch_id, version_id, created_at)
SELECT b.id, s.version_id, s.created_at
FROM seed_v s JOIN branches b ON b.pacticipant_id = s.pacticipant_id AND b.name = s.branch
ORDER BY s.created_at, s.pacticipant_id;

-- Tags ------------------------------------------------------------------------------------------
INSERT INTO tags (version_id, name, created_at)
SELECT version_id, 'test', created_at + interval '10 minutes' FROM seed_v WHERE branch = 'main' AND n % 5 = 0
UNION ALL
SELECT version_id, 'prod', created_at + interval '1 hour' FROM seed_v WHERE branch = 'main' AND n % 10 = 0;

-- Deployments and releases -------------------------------------------------------------------------
INSERT INTO deployed_versions (uuid, version_id, pacticipant_id, environment_id, application_instance,
                               currently_deployed, created_at, undeployed_at)
SELECT md5('deploy:' || e.name || ':' || s.version_id), s.version_id, s.pacticipant_id, e.id, NULL,
       s.n = max(s.n) OVER (PARTITION BY s.pacticipant_id, e.id),
       s.created_at + interval '2 hours', NULL
FROM seed_v s
JOIN environments e ON (e.name = 'production' AND s.n % 10 = 0) OR (e.name = 'test' AND s.n % 5 = 0)
WHERE s.branch = 'main' AND s.i % 20 <> 0;
UPDATE deployed_versions d SET undeployed_at = d.created_at + interval '1 day' WHERE NOT d.currently_deployed;

INSERT INTO released_versions (uuid, version_id, pacticipant_id, environment_id, currently_supported,
                               created_at, support_ended_at)
SELECT md5('release:' || s.version_id), s.version_id, s.pacticipant_id, e.id,
       s.n > :versions_per_pacticipant - 30, s.created_at + interval '3 hours',
       CASE WHEN s.n > :versions_per_pacticipant - 30 THEN NULL ELSE s.created_at + interval '60 days' END
FROM seed_v s JOIN environments e ON e.name = 'production'
WHERE s.branch = 'main' AND s.n % 10 = 0 AND s.i % 20 = 0;

-- Integrations -------------------------------------------------------------------------------------
CREATE TEMP TABLE seed_integrations ON COMMIT DROP AS
WITH raw AS (
  SELECT i, k,
         CASE WHEN k = 1 THEN 1 + (i * 7) % greatest(1, :pacticipants / 20)
              ELSE 1 + (i * 31 + k * 977) % :pacticipants END AS p
  FROM generate_series(1, :pacticipants) AS i CROSS JOIN generate_series(1, :providers_per_consumer) AS k
)
SELECT DISTINCT i, CASE WHEN p = i THEN p % :pacticipants + 1 ELSE p END AS provider_i FROM raw;

-- Pact content: changes every 5 consumer versions -------------------------------------------------
CREATE TEMP TABLE seed_pacts ON COMMIT DROP AS
SELECT g.i, g.provider_i, e AS epoch,
       '{"consumer":{"name":"svc-' || lpad(g.i::text, 4, '0') || '"},"provider":{"name":"svc-' || lpad(g.provider_i::text, 4, '0')
       || '"},"interactions":['
       || string_agg('{"description":"get resource ' || r || ' (revision ' || e || ')","providerState":"resource ' || r
          || ' exists","request":{"method":"GET","path":"/resources/' || r || '","headers":{"Accept":"application/json"}},'
          || '"response":{"status":200,"headers":{"Content-Type":"application/json"},"body":{"id":' || r
          || ',"name":"resource ' || r || '","revision":' || e || ',"tags":["a","b"],"price":12.5},'
          || '"matchingRules":{"body":{"$.id":{"matchers":[{"match":"integer"}]},"$.name":{"matchers":[{"match":"type"}]}}}}}',
          ',' ORDER BY r)
       || '],"metadata":{"pactSpecification":{"version":"3.0.0"}}}' AS content
FROM seed_integrations g
CROSS JOIN generate_series(0, (:versions_per_pacticipant - 1) / 5) AS e
CROSS JOIN generate_series(1, 3) AS r
GROUP BY g.i, g.provider_i, e;
ALTER TABLE seed_pacts ADD COLUMN sha VARCHAR(64);
UPDATE seed_pacts SET sha = encode(sha256(convert_to(content, 'UTF8')), 'hex');

INSERT INTO pact_contents (sha, content, created_at)
SELECT sha, content, now() - interval '1 year' FROM seed_pacts;

INSERT INTO pact_versions (consumer_id, provider_id, sha, created_at)
SELECT c.pacticipant_id, pr.pacticipant_id, sp.sha, c.created_at
FROM seed_pacts sp
JOIN seed_v c ON c.i = sp.i AND c.n = sp.epoch * 5 + 1
JOIN (SELECT DISTINCT i, pacticipant_id FROM seed_v) pr ON pr.i = sp.provider_i
ORDER BY c.created_at;

INSERT INTO pact_publications (consumer_version_id, consumer_id, provider_id, pact_version_id, revision, created_at)
SELECT s.version_id, s.pacticipant_id, pv.provider_id, pv.id, 1, s.created_at
FROM seed_v s
JOIN seed_integrations g ON g.i = s.i
JOIN seed_pacts sp ON sp.i = g.i AND sp.provider_i = g.provider_i AND sp.epoch = (s.n - 1) / 5
JOIN pact_versions pv ON pv.sha = sp.sha
ORDER BY s.created_at, s.pacticipant_id;

-- Verifications: by the provider's next main version after the pact version appeared -------------
INSERT INTO verifications (pact_version_id, provider_version_id, provider_id, consumer_id, success, wip, pending,
                           build_url, verified_by, test_results, execution_date, created_at)
SELECT pv.id, prov.version_id, pv.provider_id, pv.consumer_id,
       (sp.i + sp.provider_i + sp.epoch) % 20 NOT IN (0, 1), FALSE, FALSE,
       'https://ci.example.com/verify/' || pv.id,
       '{"implementation":"Pact-JVM","version":"4.6.21"}',
       '[{"interactionDescription":"get resource 1","success":true}]',
       greatest(prov.created_at, pv.created_at) + interval '5 minutes',
       greatest(prov.created_at, pv.created_at) + interval '5 minutes'
FROM seed_pacts sp
JOIN pact_versions pv ON pv.sha = sp.sha
JOIN LATERAL (
  SELECT p.version_id, p.created_at FROM seed_v p
  WHERE p.i = sp.provider_i AND p.branch = 'main' AND p.n >= least(sp.epoch * 5 + 2, :versions_per_pacticipant)
  ORDER BY p.n LIMIT 1) prov ON TRUE
WHERE (sp.i + sp.provider_i + sp.epoch) % 20 <> 19
ORDER BY 11;
COMMIT;

ANALYZE;
SELECT (SELECT count(*) FROM pacticipants) AS pacticipants, (SELECT count(*) FROM versions) AS versions,
       (SELECT count(*) FROM branch_versions) AS branch_versions, (SELECT count(*) FROM tags) AS tags,
       (SELECT count(*) FROM pact_versions) AS pact_versions, (SELECT count(*) FROM pact_publications) AS publications,
       (SELECT count(*) FROM verifications) AS verifications, (SELECT count(*) FROM deployed_versions) AS deployments;
