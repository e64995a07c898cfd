package dev.treaty.broker.internal.store;

import java.time.Instant;

/** A stored version of a pacticipant; {@code versionOrder} is its creation order (higher is newer). */
public record Version(long id, long pacticipantId, String number, long versionOrder, String buildUrl, Instant createdAt) {}
