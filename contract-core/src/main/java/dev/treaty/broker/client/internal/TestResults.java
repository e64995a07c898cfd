package dev.treaty.broker.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.client.VerificationResults;
import dev.treaty.contract.Body;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.Interaction;
import dev.treaty.contract.internal.JsonMappers;
import dev.treaty.matching.Mismatch;
import dev.treaty.verify.InteractionResult;
import dev.treaty.verify.LoadedContract;
import dev.treaty.verify.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Turns the verifier's interaction results into the broker's test results, finding each interaction's {@code _id}. */
public final class TestResults {
  private TestResults() {}

  /** One test result per result, in order. */
  public static List<VerificationResults.TestResult> of(LoadedContract contract, List<InteractionResult> results) {
    List<Interaction> unmatched = new ArrayList<>(contract.contract().interactions());
    List<VerificationResults.TestResult> list = new ArrayList<>();
    for (InteractionResult result : results) {
      Interaction interaction = take(unmatched, result);
      list.add(new VerificationResults.TestResult(interactionId(interaction), result.description(),
          result.outcome() == Outcome.PASSED, mismatches(result),
          result.error() == null ? List.of() : List.of(result.error()), actualResponse(result.actualResponse())));
    }
    return list;
  }

  private static Interaction take(List<Interaction> interactions, InteractionResult result) {
    for (int i = 0; i < interactions.size(); i++) {
      Interaction candidate = interactions.get(i);
      if (candidate.description().equals(result.description())
          && candidate.providerStates().equals(result.providerStates())) {
        return interactions.remove(i);
      }
    }
    return null;
  }

  private static String interactionId(Interaction interaction) {
    if (interaction == null) {
      return null;
    }
    JsonNode id = interaction.extensions().get("_id");
    return id == null || !id.isTextual() ? null : id.asText();
  }

  /** The response as {@code {"status", "headers", "body"}}: JSON bodies as JSON, others as text (binary as base64). */
  static JsonNode actualResponse(HttpResponse response) {
    if (response == null) {
      return null;
    }
    ObjectNode node = JsonMappers.DATA.createObjectNode().put("status", response.status());
    if (!response.headers().isEmpty()) {
      ObjectNode headers = node.putObject("headers");
      response.headers().values().forEach((name, values) -> headers.put(name, String.join(", ", values)));
    }
    Body body = response.body();
    if (body instanceof Body.Json json) {
      node.set("body", json.value());
    } else if (body instanceof Body.Binary binary) {
      node.put("body", binary.base64());
    } else if (body instanceof Body.Text || body instanceof Body.Xml) {
      node.put("body", new String(body.bytes(), StandardCharsets.UTF_8));
    }
    return node;
  }

  private static List<VerificationResults.Mismatch> mismatches(InteractionResult result) {
    List<VerificationResults.Mismatch> list = new ArrayList<>();
    for (Mismatch m : result.mismatches()) {
      list.add(new VerificationResults.Mismatch(m.part().label(), m.path().isEmpty() ? null : m.path(),
          "expected: " + m.expected() + "; actual: " + m.actual()));
    }
    return list;
  }
}
