package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.store.VerificationStore.Verification;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Renders verification results as the Pact Broker does, with links to the pact and provider version. */
final class VerificationJson {
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  private VerificationJson() {}

  static String path(Verification v) {
    return pactVersionPath(v.provider(), v.consumer(), v.sha()) + "/verification-results/" + v.number();
  }

  static String pactVersionPath(String provider, String consumer, String sha) {
    return "/pacts/provider/" + Hal.segment(provider) + "/consumer/" + Hal.segment(consumer) + "/pact-version/" + Hal.segment(sha);
  }

  static ObjectNode one(Hal hal, Verification v) {
    ObjectNode node = JsonTrees.MAPPER.createObjectNode();
    node.put("number", v.number());
    node.put("providerName", v.provider());
    node.put("consumerName", v.consumer());
    node.put("providerApplicationVersion", v.providerVersion());
    node.put("success", v.success());
    node.put("verificationDate", timestamp(v.executionDate()));
    if (v.buildUrl() != null) {
      node.put("buildUrl", v.buildUrl());
    }
    node.put("wip", v.wip());
    if (v.pending() != null) {
      node.put("pending", v.pending());
    }
    if (v.verifiedBy() != null) {
      node.set("verifiedBy", parse(v.verifiedBy()));
    }
    if (v.testResults() != null) {
      node.set("testResults", parse(v.testResults()));
    }
    String pactName = "Pact between " + v.consumer() + " (" + v.consumerVersion() + ") and " + v.provider();
    ObjectNode links = node.putObject("_links");
    links.putObject("self").put("title", "Verification result")
        .put("name", "Verification result " + v.number() + " for " + pactName)
        .put("href", hal.href(path(v)));
    links.putObject("pb:pact-version").put("title", "Pact").put("name", pactName)
        .put("href", hal.href(pactVersionPath(v.provider(), v.consumer(), v.sha())));
    links.putObject("pb:provider-version").put("title", "Provider version").put("name", v.providerVersion())
        .put("href", hal.href("/pacticipants/" + Hal.segment(v.provider()) + "/versions/" + Hal.segment(v.providerVersion())));
    return node;
  }

  static ObjectNode list(Hal hal, String selfPath, List<Verification> verifications) {
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    ArrayNode array = body.putObject("_embedded").putArray("verificationResults");
    verifications.forEach(v -> array.add(one(hal, v)));
    body.putObject("_links").putObject("self").put("href", hal.href(selfPath)).put("title", "Verification results");
    return body;
  }

  static String timestamp(OffsetDateTime at) {
    return at.withOffsetSameInstant(ZoneOffset.UTC).format(TIMESTAMP);
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
    try {
      return JsonTrees.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored verification JSON is unreadable: " + e.getOriginalMessage(), e);
    }
  }
}
