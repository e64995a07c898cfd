package dev.treaty.broker.client.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.client.ContractPublication;
import dev.treaty.broker.client.PactsForVerificationQuery;
import dev.treaty.broker.client.VerificationResults;
import dev.treaty.broker.client.VerificationResults.TestResult;
import dev.treaty.contract.internal.JsonMappers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The JSON bodies the client sends, shaped exactly as the Pact Broker API documents them. */
public final class RequestBodies {
  private RequestBodies() {}

  /** The body of {@code POST /contracts/publish}. */
  public static ObjectNode publish(ContractPublication publication) {
    ObjectNode body = JsonMappers.DATA.createObjectNode()
        .put("pacticipantName", publication.consumer())
        .put("pacticipantVersionNumber", publication.consumerVersion());
    if (publication.branch() != null && !publication.branch().isBlank()) {
      body.put("branch", publication.branch());
    }
    ArrayNode tags = body.putArray("tags");
    publication.tags().forEach(tags::add);
    if (publication.buildUrl() != null && !publication.buildUrl().isBlank()) {
      body.put("buildUrl", publication.buildUrl());
    }
    ArrayNode contracts = body.putArray("contracts");
    for (ContractPublication.Pact pact : publication.pacts()) {
      contracts.addObject()
          .put("consumerName", publication.consumer())
          .put("providerName", pact.provider())
          .put("specification", "pact")
          .put("contentType", "application/json")
          .put("content", Base64.getEncoder().encodeToString(pact.json().getBytes(StandardCharsets.UTF_8)));
    }
    return body;
  }

  /** The body of {@code POST /pacts/provider/{provider}/for-verification}. */
  public static ObjectNode pactsForVerification(PactsForVerificationQuery query) {
    ObjectNode body = JsonMappers.DATA.createObjectNode();
    ArrayNode selectors = body.putArray("consumerVersionSelectors");
    query.selectors().forEach(s -> selectors.add(s.toJsonNode()));
    if (query.providerBranch() != null && !query.providerBranch().isBlank()) {
      body.put("providerVersionBranch", query.providerBranch());
    }
    if (!query.providerTags().isEmpty()) {
      ArrayNode tags = body.putArray("providerVersionTags");
      query.providerTags().forEach(tags::add);
    }
    body.put("includePendingStatus", query.includePendingStatus());
    if (query.includeWipPactsSince() != null) {
      body.put("includeWipPactsSince", query.includeWipPactsSince());
    }
    return body;
  }

  /** The body of {@code POST pb:publish-verification-results}. */
  public static ObjectNode verificationResults(VerificationResults results, String treatyVersion) {
    ObjectNode body = JsonMappers.DATA.createObjectNode()
        .put("success", results.success())
        .put("providerApplicationVersion", results.providerVersion().number());
    if (results.providerVersion().buildUrl() != null) {
      body.put("buildUrl", results.providerVersion().buildUrl());
    }
    body.putObject("verifiedBy").put("implementation", "Treaty").put("version", treatyVersion);
    ArrayNode testResults = body.putArray("testResults");
    results.testResults().forEach(r -> testResults.add(testResult(r)));
    return body;
  }

  private static ObjectNode testResult(TestResult result) {
    ObjectNode node = JsonMappers.DATA.createObjectNode();
    if (result.interactionId() != null) {
      node.put("interactionId", result.interactionId());
    }
    node.put("interactionDescription", result.description()).put("success", result.success());
    if (!result.mismatches().isEmpty()) {
      ArrayNode mismatches = node.putArray("mismatches");
      for (VerificationResults.Mismatch m : result.mismatches()) {
        ObjectNode mismatch = mismatches.addObject().put("attribute", m.attribute());
        if (m.identifier() != null) {
          mismatch.put("identifier", m.identifier());
        }
        mismatch.put("description", m.description());
      }
    }
    if (!result.errors().isEmpty()) {
      ArrayNode exceptions = node.putArray("exceptions");
      result.errors().forEach(e -> exceptions.addObject().put("message", e));
    }
    if (result.actualResponse() != null) {
      node.set("actualResponse", result.actualResponse());
    }
    return node;
  }
}
