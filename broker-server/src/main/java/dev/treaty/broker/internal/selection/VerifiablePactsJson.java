package dev.treaty.broker.internal.selection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.PactRow;
import java.util.List;
import java.util.Optional;

/**
 * Renders the pacts-for-verification answer in the shape every verifier reads: {@code
 * _embedded.pacts} always present, each pact with a {@code shortDescription}, {@code
 * verificationProperties} whose notices hold only strings, and a self link to the pact-version URL
 * carrying {@link PactUrlMetadata}.
 */
final class VerifiablePactsJson {
  private final Hal hal;
  private final String provider;
  private final ForVerificationRequest request;

  VerifiablePactsJson(Hal hal, String provider, ForVerificationRequest request) {
    this.hal = hal;
    this.provider = provider;
    this.request = request;
  }

  ObjectNode render(List<VerifiablePact> pacts) {
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    ArrayNode array = body.putObject("_embedded").putArray("pacts");
    pacts.forEach(p -> array.add(pact(p)));
    body.putObject("_links").putObject("self")
        .put("href", hal.href("/pacts/provider/" + Hal.segment(provider) + "/for-verification"))
        .put("title", "Pacts to be verified");
    return body;
  }

  private ObjectNode pact(VerifiablePact pact) {
    String pactVersionUrl = hal.href("/pacts/provider/" + Hal.segment(provider) + "/consumer/" + Hal.segment(pact.consumerName())
        + "/pact-version/" + Hal.segment(pact.sha()));
    ObjectNode node = JsonTrees.MAPPER.createObjectNode();
    node.put("shortDescription", SelectionDescriptions.shortDescription(pact.selections()));
    ObjectNode properties = node.putObject("verificationProperties");
    pact.pending().ifPresent(status -> properties.put("pending", status.pending()));
    if (pact.wip()) {
      properties.put("wip", true);
    }
    ArrayNode notices = properties.putArray("notices");
    new SelectionNotices(pact, pactVersionUrl, provider, request.providerBranch()).notices()
        .forEach(n -> notices.addObject().put("when", n.when()).put("text", n.text()));
    PactRow latest = pact.latest();
    node.putObject("_links").putObject("self")
        .put("href", pactVersionUrl + "/metadata/" + metadata(pact).encode())
        .put("name", "Pact between " + pact.consumerName() + " (" + latest.consumerVersionNumber() + ") and " + provider);
    return node;
  }

  private static PactUrlMetadata metadata(VerifiablePact pact) {
    List<Long> versions = pact.selections().stream().map(s -> s.pact().consumerVersionId()).distinct().sorted().toList();
    Optional<Boolean> pending = pact.pending().map(PendingStatus::pending);
    return new PactUrlMetadata(pact.wip(), pending, versions);
  }
}
