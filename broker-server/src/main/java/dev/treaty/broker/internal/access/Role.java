package dev.treaty.broker.internal.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a token may do; each role includes the ones before it (admin can write, write can read). */
public enum Role {
  READ, WRITE, ADMIN;

  /** Whether this role may do what {@code needed} allows. */
  public boolean covers(Role needed) {
    return compareTo(needed) >= 0;
  }

  /** The name in the API and the CLI: {@code read}, {@code write}, {@code admin}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromWire(String text) {
    return Arrays.stream(values()).filter(r -> r.wire().equals(text)).findFirst();
  }
}
