package dev.treaty.broker.internal.store;

import java.time.Instant;

/** A stored branch of a pacticipant. */
public record Branch(long id, long pacticipantId, String name, Instant createdAt) {}
