-- Indexes the publishing and reading routes walk: a pacticipant's versions newest first, a tag's
-- versions, a provider's current publications, deployments of one pacticipant per environment.
CREATE INDEX versions_pacticipant_order_ix ON versions (pacticipant_id, version_order DESC);
CREATE INDEX pact_publications_consumer_version_ix ON pact_publications (consumer_version_id, provider_id, revision DESC);
CREATE INDEX deployed_versions_current_ix ON deployed_versions (pacticipant_id, environment_id, currently_deployed);
