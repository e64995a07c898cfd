package dev.treaty.broker.internal.access;

/**
 * How the broker decides who may do what. Access control is on when {@code adminToken} is set
 * ({@code --admin-token}); then {@code publicRead} ({@code --public-read}) lets reads through without a token.
 */
public record AccessSettings(String adminToken, boolean publicRead) {
  public static final int MIN_ADMIN_TOKEN_LENGTH = 16;
  public static final AccessSettings OFF = new AccessSettings(null, false);

  public AccessSettings {
    if (adminToken != null && adminToken.strip().length() < MIN_ADMIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException("--admin-token must be at least " + MIN_ADMIN_TOKEN_LENGTH
          + " characters (a long random secret, e.g. from `openssl rand -hex 32`)");
    }
    adminToken = adminToken == null ? null : adminToken.strip();
  }

  public boolean enabled() {
    return adminToken != null;
  }
}
