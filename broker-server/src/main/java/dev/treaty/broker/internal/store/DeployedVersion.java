package dev.treaty.broker.internal.store;

import java.time.Instant;

/** A record that a version was deployed to an environment (optionally an application instance). */
public record DeployedVersion(
    long id, String uuid, long versionId, long pacticipantId, long environmentId, String applicationInstance,
    boolean currentlyDeployed, Instant createdAt, Instant undeployedAt) {}
