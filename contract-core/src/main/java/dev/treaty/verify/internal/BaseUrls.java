package dev.treaty.verify.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks provider base URLs up front, so a typo fails with a usage message, not per request. */
public final class BaseUrls {
  private BaseUrls() {}

  /**
   * Parses {@code text} as an absolute http(s) URL with a host.
   *
   * @throws IllegalArgumentException naming the bad value and an example of a good one
   */
  public static URI parse(String text) {
    if (text == null || text.isBlank()) {
      throw invalid(text, "it is empty");
    }
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw invalid(text, e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw invalid(text, "the scheme must be http or https");
    }
    if (uri.getHost() == null) {
      throw invalid(text, "it has no host");
    }
    if (uri.getQuery() != null || uri.getFragment() != null) {
      throw invalid(text, "it must not have a query or fragment");
    }
    return uri;
  }

  private static IllegalArgumentException invalid(String text, String problem) {
    return new IllegalArgumentException("provider base URL \"" + text + "\" is not usable: " + problem
        + "; give scheme, host, port and optional base path, such as http://localhost:8080/api");
  }
}
