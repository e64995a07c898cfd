package dev.treaty.broker.internal.store;

import java.time.Instant;

/** One acknowledged write: who ({@code actor}, the token's name and uuid, its role), what, when, from where. */
public record AuditEvent(long id, Instant occurredAt, String actor, String tokenUuid, String role, String method,
    String path, String remoteAddress, String userAgent) {

  /** What a request's write records; the store adds the id and the transaction's time. */
  public record Entry(String actor, String tokenUuid, String role, String method, String path, String remoteAddress,
      String userAgent) {}
}
