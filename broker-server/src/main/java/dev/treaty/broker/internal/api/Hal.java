package dev.treaty.broker.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Builds HAL {@code _links} the way every Pact client reads them: absolute hrefs from the
 * request's base URL, {@code "templated": true} on every link with {@code {placeholders}}, and
 * path segments percent-encoded (a branch {@code feature/x} becomes {@code feature%2Fx}).
 */
public final class Hal {
  /** The type of every successful reply (Pact clients accept nothing else), and of most errors. */
  public static final String JSON_TYPE = "application/hal+json;charset=utf-8";

  private final String base;

  private Hal(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** Links relative to {@code baseUrl} (see {@link BaseUrls}). */
  public static Hal at(String baseUrl) {
    return new Hal(baseUrl);
  }

  public String base() {
    return base;
  }

  /** An absolute href: {@code path} must start with '/' and be encoded already. */
  public String href(String path) {
    return base + path;
  }

  /** Adds a link object {@code {href, templated?}} under {@code rel} in {@code links}. */
  public ObjectNode link(ObjectNode links, String rel, String path) {
    ObjectNode link = links.putObject(rel);
    link.put("href", href(path));
    if (path.contains("{")) {
      link.put("templated", true);
    }
    return link;
  }

  /** Like {@link #link} with a {@code title}. */
  public ObjectNode link(ObjectNode links, String rel, String path, String title) {
    return link(links, rel, path).put("title", title);
  }

  /** The {@code _links} object of {@code resource}, created when missing. */
  public static ObjectNode links(ObjectNode resource) {
    return resource.has("_links") ? (ObjectNode) resource.get("_links") : resource.putObject("_links");
  }

  /** Percent-encodes one path segment (RFC 3986): '/' becomes %2F, space %20, '+' %2B. */
  public static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
