-- Seeds a Treaty broker schema on PostgreSQL with one long-lived integration for the WIP benchmark:
-- one consumer with V versions (default 20,000), every one on branch "main" (and every 10th also on
-- its own feature branch), every one tagged "dev" (every 10th also "test"), every one publishing a
-- pact of its own to the one provider, all within the last V minutes (so all are WIP candidates by
-- date). The schema must already hold the broker's tables (start the broker on it once).
--
--   psql 'postgresql://postgres@127.0.0.1:5432/test' -v schema=treaty_wip -v versions=20000 -f benchmarks/broker/wip-seed.sql
\set ON_ERROR_STOP on
\if :{?versions} \else \set versions 20000 \endif
\if :{?schema} \else \echo 'set -v schema=<the broker schema>' \quit \endif

SET search_path TO :"schema";
SET synchronous_commit TO off;


BEGIN;
TRUNCATE verifications, pact_publications, pact_versions, pact_contents, released_versions,
  deployed_versions, tags, branch_versions, branches, versions, pacticipants RESTART IDENTITY CASCADE;

INSERT INTO pacticipants (name, main_branch, created_at, updated_at)
VALUES ('wip-consumer', 'main', now() - interval '1 year', now()), ('wip-provider', 'main', now() - interval '1 year', now());

INSERT INTO versions (pacticipant_id, number, version_order, created_at)
SELECT 1, '1.0.' || n, nextval('version_order_seq'), now() - (:versions - n) * interval '1 minute'
FROM generate_series(1, :versions) AS n;

INSERT INTO branches (pacticipant_id, name, created_at) VALUES (1, 'main', now() - interval '1 year');
INSERT INTO branches (pacticipant_id, name, created_at)
SELECT 1, 'feature/f-' || n, now() - (:versions - n) * interval '1 minute' FROM generate_series(10, :versions, 10) AS n;
INSERT INTO branch_versions (branch_id, version_id, created_at)
SELECT 1, v.id, v.created_at FROM versions v ORDER BY v.version_order;
INSERT INTO branch_versions (branch_id, version_id, created_at)
SELECT b.id, v.id, v.created_at FROM branches b JOIN versions v ON v.number = '1.0.' || substr(b.name, 12) WHERE b.name LIKE 'feature/%';

INSERT INTO tags (version_id, name, created_at) SELECT id, 'dev', created_at FROM versions;
INSERT INTO tags (version_id, name, created_at) SELECT id, 'test', created_at FROM versions WHERE version_order % 10 = 0;

INSERT INTO pact_contents (sha, content, created_at)
SELECT md5('wip' || v.id) || md5('wip2' || v.id), '{"interactions":[{"description":"v' || v.id || '"}]}', v.created_at FROM versions v;
INSERT INTO pact_versions (consumer_id, provider_id, sha, created_at)
SELECT 1, 2, md5('wip' || v.id) || md5('wip2' || v.id), v.created_at FROM versions v ORDER BY v.id;
INSERT INTO pact_publications (consumer_version_id, consumer_id, provider_id, pact_version_id, revision, created_at)
SELECT v.id, 1, 2, pv.id, 1, v.created_at FROM versions v JOIN pact_versions pv ON pv.sha = md5('wip' || v.id) || md5('wip2' || v.id);
COMMIT;
ANALYZE;
