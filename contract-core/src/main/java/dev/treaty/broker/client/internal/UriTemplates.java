package dev.treaty.broker.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Expands HAL link templates ({@code /pacticipants/{pacticipant}}) with percent-encoded path segments. */
public final class UriTemplates {
  private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

  private UriTemplates() {}

  /**
   * {@code template} with every {@code {name}} replaced by the encoded value of {@code name}.
   *
   * @throws IllegalArgumentException when the template names a variable {@code values} lacks
   */
  public static String expand(String template, Map<String, String> values) {
    Matcher matcher = VARIABLE.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException("link " + template + " needs a value for {" + matcher.group(1)
            + "}; it has " + values.keySet());
      }
      matcher.appendReplacement(sb, Matcher.quoteReplacement(encodeSegment(value)));
    }
    matcher.appendTail(sb);
    return sb.toString();
  }

  /**
   * {@code value} as one path segment (RFC 3986): everything but unreserved characters is
   * percent-encoded, so {@code feature/x} becomes {@code feature%2Fx} and a space {@code %20}.
   */
  public static String encodeSegment(String value) {
    StringBuilder sb = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (isUnreserved(c)) {
        sb.append(c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return sb.toString();
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
