package dev.treaty.broker.internal.store;

import java.time.Instant;

/**
 * A stored access token, without its secret (only the secret's SHA-256 is stored). {@code role} is
 * {@code read}, {@code write} or {@code admin}; {@code expiresAt}, {@code lastUsedAt} and
 * {@code revokedAt} are null when they do not apply.
 */
public record ApiToken(long id, String uuid, String name, String role, String createdBy, Instant createdAt,
    Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {}
