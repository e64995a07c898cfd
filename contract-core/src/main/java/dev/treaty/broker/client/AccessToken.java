package dev.treaty.broker.client;

import java.time.Instant;

/**
 * An access token of a Treaty broker (Treaty's own API, {@code /tokens}; the Pact Broker has none).
 *
 * @param id the broker's id of the token, what {@code treaty token revoke} takes
 * @param name who or what it is for, e.g. {@code order-service-ci}
 * @param role {@code read}, {@code write} or {@code admin}
 * @param createdBy the name of the token that created it
 * @param createdAt when it was created
 * @param expiresAt when it stops working, or null
 * @param lastUsedAt when it was last used (recorded at most once a minute), or null
 * @param revokedAt when it was revoked, or null
 * @param secret the token itself; only in the answer to {@link BrokerClient#createToken}, else null
 */
public record AccessToken(String id, String name, String role, String createdBy, Instant createdAt, Instant expiresAt,
    Instant lastUsedAt, Instant revokedAt, String secret) {

  /** No secret: for logs. */
  @Override
  public String toString() {
    return "AccessToken[id=" + id + ", name=" + name + ", role=" + role + ", createdBy=" + createdBy + ", createdAt="
        + createdAt + ", expiresAt=" + expiresAt + ", lastUsedAt=" + lastUsedAt + ", revokedAt=" + revokedAt
        + ", secret=" + (secret == null ? "-" : "***") + "]";
  }
}
