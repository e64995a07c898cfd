package dev.treaty.broker.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.PactFixtures;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a broker holds before fuzzing starts, so that a mutated request reaches past "not found"
 * into the code that parses and stores: a consumer with a pact for a provider (branch, tag), a
 * verification result, a deployment and a release, and a kept decision. {@link #value} gives a
 * valid value for every path parameter the broker's endpoints have.
 */
record FuzzWorld(String consumer, String provider, String version, String providerVersion, String branch, String tag,
    String sha, String metadata, String verificationNumber, String testEnvironment, String productionEnvironment,
    String deployedVersion, String releasedVersion, String decision) {
  static final String CONSUMER = "fuzz-consumer";
  static final String PROVIDER = "fuzz-provider";
  private static final Pattern SHA = Pattern.compile("/pact-version/([^/]+)");
  private static final Pattern METADATA = Pattern.compile("/metadata/([^/]+)");

  /** Publishes, verifies, deploys and asks can-i-deploy on {@code http}'s broker, then reads back what it needs. */
  static FuzzWorld seed(BrokerHttp http) {
    String pact = PactFixtures.pact(CONSUMER, PROVIDER, "get order", "list orders");
    require(http.post("/contracts/publish", PactFixtures.publishRequest(CONSUMER, "1.0.0", "main", List.of("prod"), PROVIDER, pact)), 200);
    Reply forVerification = require(http.post("/pacts/provider/" + PROVIDER + "/for-verification",
        "{\"consumerVersionSelectors\":[{\"mainBranch\":true}],\"includePendingStatus\":true}"), 200);
    String pactHref = forVerification.json().at("/_embedded/pacts/0/_links/self/href").asText();
    String sha = group(SHA, pactHref);
    String metadata = group(METADATA, pactHref);
    Reply verified = require(http.post(pactHref + "/verification-results",
        "{\"success\":true,\"providerApplicationVersion\":\"2.0.0\",\"buildUrl\":\"http://ci/2\"}"), 201);
    String number = verified.json().get("number").asText();
    Map<String, String> environments = environments(http);
    String test = environments.get("test");
    String production = environments.get("production");
    String deployed = require(http.post("/pacticipants/" + PROVIDER + "/versions/2.0.0/deployed-versions/environment/" + test,
        "{\"applicationInstance\":\"kept\"}"), 201).json().get("uuid").asText();
    String released = require(http.post("/pacticipants/" + PROVIDER + "/versions/2.0.0/released-versions/environment/" + production,
        "{}"), 201).json().get("uuid").asText();
    String decisionHref = require(http.get("/can-i-deploy?pacticipant=" + CONSUMER + "&version=1.0.0&environment=test"), 200)
        .json().at("/_links/pb:decision/href").asText();
    String decision = decisionHref.substring(decisionHref.lastIndexOf('/') + 1);
    return new FuzzWorld(CONSUMER, PROVIDER, "1.0.0", "2.0.0", "main", "prod", sha, metadata, number, test, production,
        deployed, released, decision);
  }

  /**
   * A valid, not yet encoded value for path parameter {@code name} of {@code endpoint}; a
   * {@code {uuid}} is told apart by the segment before it. Null for a parameter this world has
   * nothing for, which {@code FuzzCoverageTest} reports.
   */
  String value(Endpoint endpoint, String name) {
    boolean providerSide = providerSide(endpoint.path());
    return switch (name) {
      case "provider" -> provider;
      case "consumer" -> consumer;
      case "pacticipant" -> providerSide ? provider : consumer;
      case "consumerApplicationVersion" -> version;
      case "version" -> providerSide ? providerVersion : version;
      case "branch" -> branch;
      case "tag" -> tag;
      case "sha" -> sha;
      case "metadata" -> metadata;
      case "verificationNumber", "number" -> verificationNumber;
      case "environment" -> testEnvironment;
      case "uuid" -> uuid(endpoint);
      default -> null;
    };
  }

  /** Deployments, releases and the results a version published belong to the provider's version. */
  private static boolean providerSide(String path) {
    return path.startsWith("/pacticipants/{pacticipant}/versions/{version}/")
        && (path.contains("-versions/") || path.endsWith("/verification-results") || path.endsWith("/deployments"));
  }

  private String uuid(Endpoint endpoint) {
    String path = endpoint.path();
    if (path.startsWith("/environments/")) {
      return testEnvironment;
    }
    if (path.startsWith("/deployed-versions/")) {
      return deployedVersion;
    }
    if (path.startsWith("/released-versions/")) {
      return releasedVersion;
    }
    if (path.startsWith("/decisions/")) {
      return decision;
    }
    if (path.startsWith("/tokens/")) {
      return "00000000-0000-4000-8000-000000000000"; // the fuzzed brokers run without access control: no token exists
    }
    return null;
  }

  private static Map<String, String> environments(BrokerHttp http) {
    JsonNode list = require(http.get("/environments"), 200).json().at("/_embedded/environments");
    java.util.Map<String, String> byName = new java.util.HashMap<>();
    list.forEach(e -> byName.put(e.get("name").asText(), e.get("uuid").asText()));
    return byName;
  }

  private static String group(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException(pattern + " not found in " + text);
    }
    return matcher.group(1);
  }

  private static Reply require(Reply reply, int status) {
    if (reply.status() != status) {
      throw new IllegalStateException("seeding the fuzz world: expected " + status + ", got " + reply.status() + ": " + reply.body());
    }
    return reply;
  }
}
