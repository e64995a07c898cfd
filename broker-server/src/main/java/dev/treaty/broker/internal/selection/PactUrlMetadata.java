package dev.treaty.broker.internal.selection;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * What the broker remembers about why a pact was handed to a verifier, carried in the pact's URL
 * ({@code .../pact-version/{sha}/metadata/{token}}) because verifiers treat that URL as opaque and
 * post their results below it. The token is unpadded base64url of {@code w=1&p=0&cv=12.34}:
 * {@code w} the pact was WIP, {@code p} it was pending (absent: pending status was not asked for),
 * {@code cv} the ids of the consumer versions it was selected for.
 *
 * @param pending empty when pending status was not computed
 */
public record PactUrlMetadata(boolean wip, Optional<Boolean> pending, List<Long> consumerVersionIds) {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  public PactUrlMetadata {
    consumerVersionIds = List.copyOf(consumerVersionIds);
  }

  /** No metadata: a result posted to the plain pact-version URL. */
  public static PactUrlMetadata none() {
    return new PactUrlMetadata(false, Optional.empty(), List.of());
  }

  /** The URL-safe token. */
  public String encode() {
    StringBuilder text = new StringBuilder("w=").append(wip ? 1 : 0);
    pending.ifPresent(p -> text.append("&p=").append(p ? 1 : 0));
    if (!consumerVersionIds.isEmpty()) {
      text.append("&cv=");
      for (int i = 0; i < consumerVersionIds.size(); i++) {
        text.append(i == 0 ? "" : ".").append(consumerVersionIds.get(i));
      }
    }
    return ENCODER.encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a token made by {@link #encode()}; throws {@link IllegalArgumentException} saying why not. */
  public static PactUrlMetadata decode(String token) {
    String text;
    try {
      text = new String(DECODER.decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + token + "' is not a pact URL metadata token (not base64url)");
    }
    boolean wip = false;
    Optional<Boolean> pending = Optional.empty();
    List<Long> versions = new ArrayList<>();
    for (String pair : text.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv.length != 2) {
        throw invalid(token, text);
      }
      switch (kv[0]) {
        case "w" -> wip = flag(kv[1], token, text);
        case "p" -> pending = Optional.of(flag(kv[1], token, text));
        case "cv" -> versions.addAll(ids(kv[1], token, text));
        default -> throw invalid(token, text);
      }
    }
    return new PactUrlMetadata(wip, pending, versions);
  }

  private static boolean flag(String value, String token, String text) {
    return switch (value) {
      case "1" -> true;
      case "0" -> false;
      default -> throw invalid(token, text);
    };
  }

  private static List<Long> ids(String value, String token, String text) {
    List<Long> ids = new ArrayList<>();
    for (String id : value.split("\\.")) {
      try {
        ids.add(Long.parseLong(id));
      } catch (NumberFormatException e) {
        throw invalid(token, text);
      }
    }
    return ids;
  }

  private static IllegalArgumentException invalid(String token, String text) {
    return new IllegalArgumentException("'" + token + "' is not a pact URL metadata token (it reads '" + text + "')");
  }
}
