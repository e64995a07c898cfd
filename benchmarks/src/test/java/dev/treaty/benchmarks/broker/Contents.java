package dev.treaty.benchmarks.broker;

import dev.treaty.pact.PactDocument;
import java.util.HashMap;
import java.util.Map;

/**
 * The pact documents the seeded consumers publish, and their content digests as the broker computes
 * them ({@link PactDocument#digest()}, which leaves the names out). A consumer's content with a
 * provider changes every epoch; the hub's consumers use one of a few shared client libraries, so
 * ten of them publish identical content and share one content row (as real publishing does).
 */
final class Contents {
  private final Organisation organisation;
  private final Map<String, String> digests = new HashMap<>();

  Contents(Organisation organisation) {
    this.organisation = organisation;
  }

  /** The hub's consumers share this many client libraries (ten consumers each). */
  int hubLibraries() {
    return Math.max(1, organisation.hubConsumers() / 10);
  }

  /**
   * Who owns the content consumer c publishes to provider p: c itself, or (for the hub) the
   * negative number of its client library. Equal owners and epochs mean equal content.
   */
  int owner(int c, int p) {
    return p == organisation.hub() ? -1 - (c / 3) % hubLibraries() : c;
  }

  /** The description of interaction r of the content consumer c publishes to provider p in epoch e. */
  String interaction(int c, int p, int e, int r) {
    int owner = owner(c, p);
    return "get " + resource(c, p) + " " + r + " (revision " + e + (owner < 0 ? ", library " + (-owner) : "") + ")";
  }

  private String resource(int c, int p) {
    return p == organisation.hub() ? "accounts" : "items-" + p + "-" + c;
  }

  /** The document consumer c publishes to provider p in epoch e, as the compact JSON the broker stores. */
  String document(int c, int p, int e) {
    String resource = resource(c, p);
    StringBuilder interactions = new StringBuilder();
    for (int r = 1; r <= (p == organisation.hub() ? 4 : 3); r++) {
      if (r > 1) {
        interactions.append(',');
      }
      interactions.append("{\"description\":\"").append(interaction(c, p, e, r)).append("\",\"providerState\":\"").append(resource).append(' ').append(r)
          .append(" exists\",\"request\":{\"method\":\"GET\",\"path\":\"/").append(resource).append('/').append(r)
          .append("\",\"headers\":{\"Accept\":\"application/json\"}},\"response\":{\"status\":200,")
          .append("\"headers\":{\"Content-Type\":\"application/json\"},\"body\":{\"id\":").append(r)
          .append(",\"name\":\"").append(resource).append(' ').append(r).append("\",\"revision\":").append(e)
          .append(",\"tags\":[\"a\",\"b\"],\"price\":12.5},\"matchingRules\":{\"body\":{\"$.id\":{\"matchers\":[{\"match\":\"integer\"}]},")
          .append("\"$.name\":{\"matchers\":[{\"match\":\"type\"}]}}}}}");
    }
    return "{\"consumer\":{\"name\":\"" + Organisation.name(c) + "\"},\"provider\":{\"name\":\"" + Organisation.name(p)
        + "\"},\"interactions\":[" + interactions + "],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";
  }

  /** The digest of {@link #document}, computed once per distinct content. */
  String digest(int c, int p, int e) {
    return digests.computeIfAbsent(owner(c, p) + ":" + p + ":" + e, key -> PactDocument.parse(document(c, p, e)).digest());
  }
}
