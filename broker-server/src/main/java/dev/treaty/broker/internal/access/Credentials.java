package dev.treaty.broker.internal.access;

import dev.treaty.broker.internal.api.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The token in an {@code Authorization} header: {@code Bearer <token>}, or {@code Basic} with the
 * token as the password and any user name (what the Pact CLIs' {@code --broker-username/--broker-password}
 * and pact-jvm's basic auth send). A header that is there but unreadable is a 401 saying why.
 */
final class Credentials {
  private Credentials() {}

  /** The token, or empty when there is no header. */
  static Optional<String> token(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return Optional.empty();
    }
    String header = authorization.strip();
    int space = header.indexOf(' ');
    String scheme = (space < 0 ? header : header.substring(0, space)).toLowerCase(Locale.ROOT);
    String value = space < 0 ? "" : header.substring(space + 1).strip();
    if (value.isEmpty()) {
      throw unreadable("has no credentials after '" + scheme + "'");
    }
    return switch (scheme) {
      case "bearer" -> Optional.of(value);
      case "basic" -> Optional.of(basicPassword(value));
      default -> throw unreadable("uses the scheme '" + clip(scheme) + "'; use Bearer <token>, or Basic with the token as the password");
    };
  }

  private static String basicPassword(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw unreadable("Basic credentials are not valid base64");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0 || colon == decoded.length() - 1) {
      throw unreadable("Basic credentials have no password; send the token as the password (any user name)");
    }
    return decoded.substring(colon + 1);
  }

  private static String clip(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }

  private static ApiException unreadable(String why) {
    return ApiException.of(401, "Unauthorized", "The Authorization header " + why + ".");
  }
}
