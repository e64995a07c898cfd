package dev.treaty.broker.internal.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.api.RequestFields;
import dev.treaty.pact.PactDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A validated {@code POST /contracts/publish} body (§3.2). {@link #parse} reports every problem at
 * once, each under its field ({@code contracts[0].content}), before anything is written.
 */
public record PublishRequest(String pacticipant, String version, String branch, List<String> tags, String buildUrl, List<Contract> contracts) {

  /** One contract to publish: its provider, the pact JSON and whether to merge it into an existing one. */
  public record Contract(String provider, PactDocument pact, boolean merge) {}

  public static PublishRequest parse(ObjectNode body) {
    RequestFields fields = new RequestFields();
    String pacticipant = fields.requiredString(body, "pacticipantName", "pacticipantName");
    String version = fields.requiredString(body, "pacticipantVersionNumber", "pacticipantVersionNumber");
    if (version != null && (version.contains("\n") || version.contains("\r"))) {
      fields.add("pacticipantVersionNumber", "must not contain a line break");
    }
    String branch = fields.optionalString(body, "branch", "branch");
    if (branch != null && branch.isBlank()) {
      branch = null;
    }
    List<String> tags = fields.optionalStrings(body, "tags", "tags");
    String buildUrl = fields.optionalString(body, "buildUrl", "buildUrl");
    List<Contract> contracts = new ArrayList<>();
    JsonNode list = body.get("contracts");
    if (list == null || list.isNull()) {
      fields.add("contracts", "is required");
    } else if (!list.isArray()) {
      fields.add("contracts", "must be an array, got " + JsonTrees.kind(list));
    } else if (list.isEmpty()) {
      fields.add("contracts", "must contain at least one contract");
    } else {
      for (int i = 0; i < list.size(); i++) {
        Contract contract = contract(list.get(i), "contracts[" + i + "]", pacticipant, fields);
        if (contract != null) {
          contracts.add(contract);
        }
      }
    }
    fields.throwIfAny();
    return new PublishRequest(pacticipant, version, branch, List.copyOf(tags), buildUrl, List.copyOf(contracts));
  }

  private static Contract contract(JsonNode node, String field, String pacticipant, RequestFields fields) {
    if (!node.isObject()) {
      fields.add(field, "must be an object, got " + JsonTrees.kind(node));
      return null;
    }
    String consumer = fields.requiredString(node, "consumerName", field + ".consumerName");
    if (consumer != null && pacticipant != null && !consumer.equals(pacticipant)) {
      fields.add(field + ".consumerName", "is '" + consumer + "' but pacticipantName is '" + pacticipant + "'; they must be the same");
    }
    String provider = fields.requiredString(node, "providerName", field + ".providerName");
    String specification = fields.requiredString(node, "specification", field + ".specification");
    if (specification != null && !specification.equals("pact")) {
      fields.add(field + ".specification", "must be 'pact', got '" + specification + "'");
    }
    String contentType = fields.requiredString(node, "contentType", field + ".contentType");
    if (contentType != null && !contentType.equals("application/json")) {
      fields.add(field + ".contentType", "must be 'application/json', got '" + contentType + "'");
    }
    String onConflict = fields.optionalString(node, "onConflict", field + ".onConflict");
    if (onConflict != null && !onConflict.equals("overwrite") && !onConflict.equals("merge")) {
      fields.add(field + ".onConflict", "must be 'overwrite' or 'merge', got '" + onConflict + "'");
    }
    String content = fields.requiredString(node, "content", field + ".content");
    PactDocument pact = content == null ? null : PactContent.fromBase64(content, field + ".content", fields);
    if (pact == null) {
      return null;
    }
    checkName(pact, "consumer", consumer, field, fields);
    checkName(pact, "provider", provider, field, fields);
    return new Contract(provider, pact, "merge".equals(onConflict));
  }

  private static void checkName(PactDocument pact, String role, String expected, String field, RequestFields fields) {
    String actual = PactContent.name(pact, role);
    if (expected != null && !Objects.equals(actual, expected)) {
      fields.add(field + ".content", role + ".name in the pact is " + (actual == null ? "missing" : "'" + actual + "'")
          + " but " + role + "Name is '" + expected + "'; they must be the same");
    }
  }
}
