package dev.treaty.broker.internal.access;

/**
 * Who made a request: a stored token (its name and uuid), the {@code --admin-token}, or nobody
 * ({@link #ANONYMOUS}: access control is off, or a public route). The audit log names it.
 */
public record Principal(String name, String tokenUuid, Role role) {
  public static final Principal ANONYMOUS = new Principal("anonymous", null, null);
  public static final Principal ADMIN_TOKEN = new Principal("admin-token", null, Role.ADMIN);

  /** How a message names this principal: {@code token 'ci' (read)}. */
  public String describe() {
    if (this == ANONYMOUS) {
      return "an anonymous request";
    }
    return (tokenUuid == null ? "the --admin-token" : "token '" + name + "'") + " (role " + role.wire() + ")";
  }
}
