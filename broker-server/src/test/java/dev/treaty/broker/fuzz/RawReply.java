package dev.treaty.broker.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What came back for one {@link RawRequest}: a status with headers and body, or no reply at all
 * ({@code status} 0, {@code failure} says why: the connection closed, or nothing within the timeout).
 */
public record RawReply(int status, Map<String, List<String>> headers, byte[] body, String failure) {
  static RawReply none(String failure) {
    return new RawReply(0, Map.of(), new byte[0], failure);
  }

  public boolean answered() {
    return status > 0;
  }

  /** The first value of header {@code name} (any case), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return answered() ? status + " " + headers + (body.length == 0 ? "" : "\n" + Printable.of(body)) : "no reply: " + failure;
  }
}
