package dev.treaty.broker.internal.store;

import java.time.Instant;

/** A stored deployment environment; {@code contacts} is kept as JSON text (or null). */
public record Environment(long id, String uuid, String name, String displayName, boolean production, String contacts, Instant createdAt) {}
