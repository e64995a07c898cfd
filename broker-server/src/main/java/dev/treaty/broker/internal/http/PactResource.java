package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.StoredPact;
import dev.treaty.pact.PactDocument;

/**
 * Renders a pact as Pact clients fetch it (§3.9): the pact JSON as published, an {@code _id} per
 * interaction, {@code createdAt} and the links to the consumer, provider, consumer version, the
 * content permalink and where to publish verification results.
 */
final class PactResource {
  private PactResource() {}

  /**
   * {@code rawMetadata} is the {@code /metadata/{m}} segment of the requested URL exactly as it
   * arrived (or null); it is kept in the verification-results link so the broker learns later
   * whether the pact was verified as pending or WIP.
   */
  static ObjectNode render(Hal hal, StoredPact pact, String rawMetadata) {
    ObjectNode body = PactDocument.parse(pact.content()).withInteractionIds().toJson();
    // Content is stored once per digest, which leaves the names out: two pairs with the same
    // interactions share it, so the names always come from the pair this pact belongs to.
    namePacticipant(body, "consumer", pact.consumer());
    namePacticipant(body, "provider", pact.provider());
    body.put("createdAt", IsoTime.format(pact.createdAt()));
    String name = "Pact between " + pact.consumer() + " (" + pact.consumerVersion() + ") and " + pact.provider();
    String pactVersion = BrokerPaths.pactVersion(pact.provider(), pact.consumer(), pact.sha());
    String contentPath = rawMetadata == null ? pactVersion : pactVersion + "/metadata/" + rawMetadata;
    ObjectNode links = body.putObject("_links");
    hal.link(links, "self", BrokerPaths.pactForVersion(pact.provider(), pact.consumer(), pact.consumerVersion()), "Pact").put("name", name);
    hal.link(links, "pb:consumer", BrokerPaths.pacticipant(pact.consumer()), "Consumer").put("name", pact.consumer());
    hal.link(links, "pb:provider", BrokerPaths.pacticipant(pact.provider()), "Provider").put("name", pact.provider());
    hal.link(links, "pb:consumer-version", BrokerPaths.version(pact.consumer(), pact.consumerVersion()), "Consumer version")
        .put("name", pact.consumerVersion());
    hal.link(links, "pb:pact-version", pactVersion, "Pact content version permalink").put("name", pact.sha());
    hal.link(links, "pb:latest-pact-version", BrokerPaths.pacts(pact.provider(), pact.consumer()) + "/latest", "Latest version of this pact");
    hal.link(links, "pb:publish-verification-results", contentPath + "/verification-results", "Publish verification results");
    return body;
  }

  /** A link to a pact by consumer version, for lists: {@code {href, title, name}}. */
  static ObjectNode link(Hal hal, StoredPact pact, String name) {
    ObjectNode link = JsonTrees.MAPPER.createObjectNode();
    link.put("href", hal.href(BrokerPaths.pactForVersion(pact.provider(), pact.consumer(), pact.consumerVersion())));
    link.put("title", "Pact between " + pact.consumer() + " (" + pact.consumerVersion() + ") and " + pact.provider());
    link.put("name", name);
    return link;
  }

  private static void namePacticipant(ObjectNode body, String role, String name) {
    ObjectNode pacticipant = body.get(role) instanceof ObjectNode existing ? existing : body.putObject(role);
    pacticipant.put("name", name);
  }
}
