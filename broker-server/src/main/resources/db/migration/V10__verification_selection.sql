-- Pacts for verification and verification results (issue 5).
-- The selector queries find branch and tag heads across all consumers of one provider in one pass;
-- these indexes keep those passes to index range scans on PostgreSQL with 100,000 versions.

-- {"branch": "B"} and {"matchingBranch": true}: branches by name across pacticipants.
CREATE INDEX sel_branches_name_ix ON branches (name, pacticipant_id);

-- The branch head is MAX(branch_versions.id) per branch.
CREATE INDEX sel_branch_versions_head_ix ON branch_versions (branch_id, id);

-- WIP pacts: publications for a provider created since a date.
CREATE INDEX sel_pact_publications_created_ix ON pact_publications (provider_id, created_at);

-- {"deployed": true} / {"released": true} without an environment.
CREATE INDEX sel_deployed_versions_current_ix ON deployed_versions (currently_deployed, version_id);
CREATE INDEX sel_released_versions_current_ix ON released_versions (currently_supported, version_id);

-- Verification results read back per provider and consumer, newest first.
CREATE INDEX sel_verifications_provider_ix ON verifications (provider_id, consumer_id, id);

-- Every top-level field of a published verification that has no column of its own (kept as JSON,
-- so nothing a verifier sends is lost).
ALTER TABLE verifications ADD COLUMN other_fields VARCHAR;
