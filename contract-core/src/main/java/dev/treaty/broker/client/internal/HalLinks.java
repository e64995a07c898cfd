package dev.treaty.broker.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.client.BrokerException;
import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** Finds a relation in a HAL document's {@code _links} and turns it into an absolute, expanded URL. */
public final class HalLinks {
  private HalLinks() {}

  /** The href of {@code rel} in {@code document} (relation names compared ignoring case), if present. */
  public static Optional<String> href(JsonNode document, String rel) {
    JsonNode links = document.path("_links");
    for (Iterator<Map.Entry<String, JsonNode>> it = links.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (entry.getKey().equalsIgnoreCase(rel)) {
        JsonNode link = entry.getValue().isArray() ? entry.getValue().path(0) : entry.getValue();
        String href = link.path("href").asText("");
        return href.isBlank() ? Optional.empty() : Optional.of(href);
      }
    }
    return Optional.empty();
  }

  /**
   * The expanded, absolute URL of {@code rel} in {@code document} (found at {@code documentUrl});
   * a missing or unusable link is a {@link BrokerException} naming it, with {@code hint} appended.
   */
  public static String required(JsonNode document, String documentUrl, String rel, Map<String, String> values,
      String hint) {
    String found = href(document, rel).orElseThrow(() -> new BrokerException("the broker's resource "
        + documentUrl + " has no " + rel + " link" + (hint.isEmpty() ? "" : "; " + hint), null));
    try {
      return resolve(documentUrl, found, values);
    } catch (IllegalArgumentException e) {
      throw new BrokerException("the broker's " + rel + " link cannot be used: " + e.getMessage(), e);
    }
  }

  /**
   * {@code href} with its template variables expanded and, when relative, resolved against
   * {@code base} (the document's own URL).
   */
  public static String resolve(String base, String href, Map<String, String> values) {
    String expanded = UriTemplates.expand(href, values);
    if (expanded.startsWith("http://") || expanded.startsWith("https://")) {
      return expanded;
    }
    return URI.create(base).resolve(expanded).toString();
  }
}
