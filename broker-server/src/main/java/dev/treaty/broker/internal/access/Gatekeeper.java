package dev.treaty.broker.internal.access;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.store.ApiToken;
import dev.treaty.broker.internal.store.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a request may do what its route needs, from its {@code Authorization} header:
 * the principal it acts as, or a 401 (no, unreadable, unknown, expired or revoked token) or a
 * 403 (the token's role does not cover the route). Stored tokens are looked up by the SHA-256 of
 * the secret and kept for {@link #CACHE_TIME}, so a revocation takes effect at once on this broker
 * and within that time on others sharing the database; the last-used time is written at most once
 * per {@link #TOUCH_INTERVAL}.
 */
public final class Gatekeeper {
  static final Duration CACHE_TIME = Duration.ofSeconds(5);
  static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
  private static final int CACHE_LIMIT = 10_000;
  private static final Logger LOG = LoggerFactory.getLogger(Gatekeeper.class);

  private final AccessSettings settings;
  private final Storage storage;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public Gatekeeper(AccessSettings settings, Storage storage) {
    this.settings = settings;
    this.storage = storage;
  }

  public boolean enabled() {
    return settings.enabled();
  }

  /** Who the request acts as, if it may do what {@code access} asks; else a 401 or 403 {@link ApiException}. */
  public Principal admit(Access access, String authorization) {
    if (!settings.enabled() || access == Access.PUBLIC) {
      return Principal.ANONYMOUS;
    }
    Optional<String> secret = Credentials.token(authorization);
    if (secret.isEmpty()) {
      if (access == Access.READ && settings.publicRead()) {
        return Principal.ANONYMOUS;
      }
      throw unauthorized("This broker needs a token: send 'Authorization: Bearer <token>' (or Basic auth with the token as the password;"
          + " Pact clients: --broker-token or PACT_BROKER_TOKEN). An admin creates one with: treaty token create --role "
          + access.role().wire() + " --name <who>");
    }
    Principal principal = principal(secret.get());
    if (!principal.role().covers(access.role())) {
      throw ApiException.of(403, "Forbidden", "This request needs the " + access.role().wire() + " role; it was made with "
          + principal.describe() + ". An admin creates a token with that role: treaty token create --role "
          + access.role().wire() + " --name <who>");
    }
    return principal;
  }

  /** Forgets cached tokens, after a revocation through this broker. */
  public void forget() {
    cache.clear();
  }

  private Principal principal(String secret) {
    if (TokenSecrets.same(secret, settings.adminToken())) {
      return Principal.ADMIN_TOKEN;
    }
    String hash = TokenSecrets.sha256(secret);
    Instant now = Instant.now();
    Cached cached = cache.get(hash);
    if (cached == null || cached.loadedAt().plus(CACHE_TIME).isBefore(now)) {
      cached = new Cached(storage.read(stores -> stores.tokens().findBySecret(hash)).orElse(null), now);
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      if (cached.token() != null) {
        cache.put(hash, cached);
      }
    }
    ApiToken token = cached.token();
    if (token == null) {
      throw unauthorized("The token is not known to this broker (check for a typo or an old token); ask an admin for a new one:"
          + " treaty token create --role <read|write|admin> --name <who>");
    }
    if (token.revokedAt() != null) {
      throw unauthorized("Token '" + token.name() + "' (" + token.uuid() + ") was revoked at " + token.revokedAt() + "; ask an admin for a new one");
    }
    if (token.expiresAt() != null && !token.expiresAt().isAfter(now)) {
      throw unauthorized("Token '" + token.name() + "' (" + token.uuid() + ") expired at " + token.expiresAt() + "; ask an admin for a new one");
    }
    touch(token, hash, now);
    return new Principal(token.name(), token.uuid(), Role.fromWire(token.role()).orElse(Role.READ));
  }

  private void touch(ApiToken token, String hash, Instant now) {
    if (token.lastUsedAt() != null && token.lastUsedAt().plus(TOUCH_INTERVAL).isAfter(now)) {
      return;
    }
    try {
      storage.write(stores -> {
        stores.tokens().touch(token.id());
        return null;
      });
      cache.computeIfPresent(hash, (h, c) -> new Cached(withLastUsed(c.token(), now), c.loadedAt()));
    } catch (RuntimeException e) {
      LOG.debug("could not record the last use of token {}", token.uuid(), e); // the request itself may go on
    }
  }

  private static ApiToken withLastUsed(ApiToken t, Instant now) {
    return new ApiToken(t.id(), t.uuid(), t.name(), t.role(), t.createdBy(), t.createdAt(), t.expiresAt(), now, t.revokedAt());
  }

  private static ApiException unauthorized(String detail) {
    return ApiException.of(401, "Unauthorized", detail);
  }

  private record Cached(ApiToken token, Instant loadedAt) {}
}
