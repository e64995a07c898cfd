package dev.treaty.broker.internal.store;

import java.time.Instant;

/** A stored tag on a version. */
public record Tag(long id, long versionId, String name, Instant createdAt) {}
