package dev.treaty.broker.internal.store;

import java.time.Instant;

/** A record that a version was released to an environment (several may be supported at once). */
public record ReleasedVersion(
    long id, String uuid, long versionId, long pacticipantId, long environmentId,
    boolean currentlySupported, Instant createdAt, Instant supportEndedAt) {}
