package dev.treaty.broker.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.testing.PactFixtures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A valid request for every endpoint, the starting point that mutations spoil one part at a time:
 * path parameters from the {@link FuzzWorld}, the query a client would send, and a body the
 * endpoint accepts. {@code salt} makes names unique where a valid request would otherwise only ever
 * hit "already exists" (a new consumer version per publish, a new pacticipant per create).
 */
final class RequestTemplates {
  /** Bodies by {@code "METHOD path"} as the OpenAPI document writes it. */
  private static final Map<String, BiFunction<FuzzWorld, Integer, JsonNode>> BODIES = Map.ofEntries(
      Map.entry("POST /contracts/publish", (w, salt) -> json(PactFixtures.publishRequest(w.consumer(), "fuzz-" + salt,
          "main", List.of("prod"), w.provider(), Draft.PACT_PLACEHOLDER))),
      Map.entry("PUT /pacts/provider/{provider}/consumer/{consumer}/version/{consumerApplicationVersion}", (w, salt) -> pact(w)),
      Map.entry("PATCH /pacts/provider/{provider}/consumer/{consumer}/version/{consumerApplicationVersion}", (w, salt) -> pact(w)),
      Map.entry("POST /pacticipants", (w, salt) -> metadata().put("name", "fuzz-pacticipant-" + salt)),
      Map.entry("PUT /pacticipants/{pacticipant}", (w, salt) -> metadata().put("name", w.consumer())),
      Map.entry("PATCH /pacticipants/{pacticipant}", (w, salt) -> metadata()),
      Map.entry("PUT /pacticipants/{pacticipant}/versions/{version}", (w, salt) -> object().put("buildUrl", "http://ci/" + salt)),
      Map.entry("PUT /pacticipants/{pacticipant}/branches/{branch}/versions/{version}", (w, salt) -> object()),
      Map.entry("PUT /pacticipants/{pacticipant}/versions/{version}/tags/{tag}", (w, salt) -> object()),
      Map.entry("POST /pacts/provider/{provider}/for-verification", (w, salt) -> json(
          "{\"consumerVersionSelectors\":[{\"mainBranch\":true},{\"deployedOrReleased\":true},{\"tag\":\"prod\",\"latest\":true}],"
              + "\"providerVersionBranch\":\"main\",\"providerVersionTags\":[\"prod\"],\"includePendingStatus\":true,"
              + "\"includeWipPactsSince\":\"2024-01-01\"}")),
      Map.entry("POST /pacts/provider/{provider}/consumer/{consumer}/pact-version/{sha}/verification-results", (w, salt) -> verification(salt)),
      Map.entry("POST /pacts/provider/{provider}/consumer/{consumer}/pact-version/{sha}/metadata/{metadata}/verification-results",
          (w, salt) -> verification(salt)),
      Map.entry("POST /environments", (w, salt) -> environment("fuzz-env-" + salt)),
      Map.entry("POST /tokens", (w, salt) -> object().put("name", "fuzz-" + salt).put("role", "read").put("expiresIn", "P1D")),
      Map.entry("PUT /environments/{uuid}", (w, salt) -> environment("test")),
      Map.entry("POST /pacticipants/{pacticipant}/versions/{version}/deployed-versions/environment/{environment}",
          (w, salt) -> object().put("applicationInstance", "fuzz-" + (salt % 4)).put("target", "fuzz")),
      Map.entry("POST /pacticipants/{pacticipant}/versions/{version}/released-versions/environment/{environment}", (w, salt) -> object()),
      Map.entry("PATCH /deployed-versions/{uuid}", (w, salt) -> object().put("currentlyDeployed", false)),
      Map.entry("PATCH /released-versions/{uuid}", (w, salt) -> object().put("currentlySupported", false)));

  /** Query strings (already encoded) by {@code "METHOD path"}. */
  private static final Map<String, BiFunction<FuzzWorld, Integer, String>> QUERIES = Map.of(
      "GET /matrix", (w, salt) -> "q[][pacticipant]=" + w.consumer() + "&q[][version]=" + w.version()
          + "&q[][pacticipant]=" + w.provider() + "&q[][latest]=true&latestby=cvpv&limit=100",
      "GET /can-i-deploy", (w, salt) -> "pacticipant=" + w.consumer() + "&version=" + w.version() + "&environment=test",
      "GET /pacts/provider/{provider}/for-verification", (w, salt) -> "consumer_version_selectors[][branch]=main"
          + "&consumer_version_selectors[][tag]=prod&consumer_version_selectors[][latest]=true&provider_version_branch=main",
      "GET /pacticipants/{pacticipant}/versions", (w, salt) -> "pageNumber=1&pageSize=10",
      "GET /environments", (w, salt) -> "name=test",
      "GET /environments/{uuid}/deployed-versions/currently-deployed", (w, salt) -> "pacticipant=" + w.provider()
          + "&version=" + w.providerVersion() + "&applicationInstance=kept",
      "GET /environments/{uuid}/released-versions/currently-supported", (w, salt) -> "pacticipant=" + w.provider()
          + "&version=" + w.providerVersion());

  private RequestTemplates() {}

  /** True when this class knows a valid body for {@code endpoint} (every endpoint that takes one must). */
  static boolean hasBody(Endpoint endpoint) {
    return BODIES.containsKey(endpoint.toString());
  }

  /** The endpoints ({@code "METHOD path"}) this class has a body for. */
  static java.util.Set<String> endpointsWithBodies() {
    return BODIES.keySet();
  }

  static Draft valid(Endpoint endpoint, FuzzWorld world, int salt, String host) {
    Draft draft = new Draft();
    draft.method = endpoint.method();
    draft.consumer = world.consumer();
    draft.provider = world.provider();
    for (String segment : endpoint.segments()) {
      boolean parameter = segment.startsWith("{") && segment.endsWith("}");
      draft.segments.add(parameter ? encode(world.value(endpoint, segment.substring(1, segment.length() - 1))) : segment);
    }
    BiFunction<FuzzWorld, Integer, String> query = QUERIES.get(endpoint.toString());
    if (query != null) {
      draft.query = new java.util.ArrayList<>(List.of(query.apply(world, salt).split("&")));
    }
    draft.header("Host", host);
    draft.header("Accept", "application/hal+json, application/json");
    BiFunction<FuzzWorld, Integer, JsonNode> body = BODIES.get(endpoint.toString());
    if (body != null) {
      draft.json = body.apply(world, salt);
      draft.header("Content-Type", "application/json");
      if (endpoint.toString().equals("POST /contracts/publish")) {
        draft.pact = pact(world);
      }
      draft.pactIsBody = endpoint.path().endsWith("/version/{consumerApplicationVersion}");
    }
    return draft;
  }

  /** A path segment encoded the way Pact clients do (RFC 3986: everything but unreserved characters). */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static ObjectNode pact(FuzzWorld world) {
    return (ObjectNode) json(PactFixtures.pact(world.consumer(), world.provider(), "get order", "list orders"));
  }

  private static ObjectNode metadata() {
    return object().put("displayName", "Fuzz").put("mainBranch", "main").put("repositoryUrl", "https://git.example/fuzz")
        .put("team", "fuzzers").put("runbookUrl", "https://wiki.example/run").put("docsUrl", "https://wiki.example/docs");
  }

  private static ObjectNode verification(int salt) {
    ObjectNode body = object().put("success", salt % 2 == 0).put("providerApplicationVersion", "2.0." + salt)
        .put("buildUrl", "http://ci/" + salt);
    body.putObject("verifiedBy").put("implementation", "fuzz").put("version", "1");
    body.putArray("testResults").addObject().put("interactionDescription", "get order").put("success", true);
    return body;
  }

  private static ObjectNode environment(String name) {
    ObjectNode body = object().put("name", name).put("displayName", "Fuzz " + name).put("production", false);
    body.putArray("contacts").addObject().put("name", "team").putObject("details").put("email", "team@example.invalid");
    return body;
  }

  private static ObjectNode object() {
    return JsonTrees.MAPPER.createObjectNode();
  }

  private static JsonNode json(String text) {
    try {
      return JsonTrees.MAPPER.readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
