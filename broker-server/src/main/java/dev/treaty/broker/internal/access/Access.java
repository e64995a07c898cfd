package dev.treaty.broker.internal.access;

/**
 * What a route needs when access control is on: nothing ({@code PUBLIC}: health, readiness,
 * metrics, the OpenAPI document), or a token whose role covers {@code READ}, {@code WRITE} or
 * {@code ADMIN}. With {@code --public-read}, {@code READ} routes need no token.
 */
public enum Access {
  PUBLIC(null), READ(Role.READ), WRITE(Role.WRITE), ADMIN(Role.ADMIN);

  private final Role role;

  Access(Role role) {
    this.role = role;
  }

  /** The role a token needs, or null for a public route. */
  public Role role() {
    return role;
  }
}
