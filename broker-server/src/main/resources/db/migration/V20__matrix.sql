-- The matrix and can-i-deploy (issue 13). Every can-i-deploy answer is a handful of set-based
-- queries; these indexes keep each one an index range scan with 100,000 versions and 1,000,000
-- verifications.

-- The latest verification of one content by one provider version: MAX(id) per
-- (pact_version_id, provider_version_id), read from the index alone.
CREATE INDEX matrix_verifications_latest_ix ON verifications (pact_version_id, provider_version_id, id);

-- What is currently deployed or released in one environment, per pacticipant.
CREATE INDEX matrix_deployed_current_ix ON deployed_versions (environment_id, pacticipant_id, currently_deployed, version_id);
CREATE INDEX matrix_released_current_ix ON released_versions (environment_id, pacticipant_id, currently_supported, version_id);

-- Where a version is deployed or released (a version's deployments, the "has it done anything" check).
CREATE INDEX matrix_released_version_ix ON released_versions (version_id);
