package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.FieldLimits;
import dev.treaty.broker.internal.api.JsonTrees;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A verification result as a verifier posts it (Pact Broker API §3.10), validated: {@code success}
 * a boolean, {@code providerApplicationVersion} a non-blank single line, {@code buildUrl} a URL.
 * {@code testResults} and {@code verifiedBy} are kept as sent, and so is every other top-level
 * field ({@code otherFields}), so nothing a verifier reports is lost.
 */
record VerificationBody(boolean success, String providerVersion, String buildUrl, String verifiedBy, String testResults, String otherFields) {
  private static final Set<String> KNOWN = Set.of("success", "providerApplicationVersion", "buildUrl", "verifiedBy", "testResults");

  static VerificationBody parse(ObjectNode body) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    JsonNode success = body.get("success");
    if (success == null || success.isNull()) {
      add(errors, "success", "is missing; send true or false");
    } else if (!success.isBoolean()) {
      add(errors, "success", "must be true or false, got " + JsonTrees.kind(success) + " " + success);
    }
    String version = providerVersion(body.get("providerApplicationVersion"), errors);
    String buildUrl = buildUrl(body.get("buildUrl"), errors);
    JsonNode verifiedBy = body.get("verifiedBy");
    if (verifiedBy != null && !verifiedBy.isNull() && !verifiedBy.isObject()) {
      add(errors, "verifiedBy", "must be an object like {\"implementation\": \"Pact-JVM\", \"version\": \"4.6.21\"}, got " + JsonTrees.kind(verifiedBy));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalidFields(errors);
    }
    ObjectNode others = body.deepCopy();
    others.remove(KNOWN);
    return new VerificationBody(success.asBoolean(), version, buildUrl, jsonOrNull(verifiedBy),
        jsonOrNull(body.get("testResults")), others.isEmpty() ? null : JsonTrees.write(others));
  }

  private static String providerVersion(JsonNode node, Map<String, List<String>> errors) {
    String field = "providerApplicationVersion";
    if (node == null || node.isNull()) {
      add(errors, field, "is missing; send the version of the provider that was verified");
      return null;
    }
    if (!node.isTextual()) {
      add(errors, field, "must be a string, got " + JsonTrees.kind(node) + " " + node);
      return null;
    }
    String text = node.asText();
    if (text.isBlank()) {
      add(errors, field, "must not be blank");
    } else if (text.contains("\n") || text.contains("\r")) {
      add(errors, field, "must be one line, got " + node);
    } else {
      FieldLimits.problem(text, FieldLimits.NAME).ifPresent(problem -> add(errors, field, problem));
    }
    return text;
  }

  private static String buildUrl(JsonNode node, Map<String, List<String>> errors) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      add(errors, "buildUrl", "must be a URL string, got " + JsonTrees.kind(node));
      return null;
    }
    String text = node.asText();
    Optional<String> problem = FieldLimits.problem(text, FieldLimits.URL);
    if (problem.isPresent()) {
      add(errors, "buildUrl", problem.get());
      return null;
    }
    try {
      URI uri = new URI(text);
      if (uri.getScheme() != null && uri.getHost() != null) {
        return text;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    add(errors, "buildUrl", "must be an absolute URL such as http://ci.example.com/builds/1, got '" + text + "'");
    return null;
  }

  private static String jsonOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : JsonTrees.write(node);
  }

  private static void add(Map<String, List<String>> errors, String field, String message) {
    errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
  }
}
