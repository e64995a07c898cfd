package dev.treaty.benchmarks.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Spot checks of a seeded broker through its HTTP API against what the {@link History} implies
 * ({@link Expectations}): can-i-deploy answers (one expected yes, one expected no, a hub consumer,
 * the hub itself), the hub's matrix, and the hub's pacts for verification. A seed that broke an
 * invariant the broker's reads rely on (version order, branch heads, current revisions, content
 * digests, current deployments) gives other answers and fails here.
 */
final class SeedCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final URI broker;
  private final History history;
  private final Expectations expectations;

  SeedCheck(URI broker, History history) {
    this.broker = broker;
    this.history = history;
    this.expectations = new Expectations(history);
  }

  /** Runs every check; returns one line per check passed, throws on the first that fails. */
  List<String> run() throws IOException, InterruptedException {
    List<String> passed = new ArrayList<>();
    Organisation organisation = history.organisation();
    int[] yes = find(true);
    int[] no = find(false);
    List<int[]> picks = new ArrayList<>();
    if (yes != null) {
      picks.add(yes);
    }
    if (no != null) {
      picks.add(no);
    }
    if (organisation.hub() != 0) {
      picks.add(new int[] {organisation.consumersOf(organisation.hub()).get(0), history.days()});
      picks.add(new int[] {organisation.hub(), history.days()});
    }
    for (int[] pick : picks) {
      passed.add(canIDeploy(pick[0], pick[1]));
    }
    if (organisation.hub() != 0) {
      passed.add(hubMatrix());
      passed.add(hubPactsForVerification());
    }
    if (yes == null || no == null) {
      passed.add("note: the history has no version whose can-i-deploy to production is " + (yes == null ? "yes" : "no"));
    }
    return passed;
  }

  /** The first version (newest first, pacticipant by pacticipant) whose can-i-deploy to production is expected {@code deployable}. */
  private int[] find(boolean deployable) {
    for (int n = history.days(); n >= 1; n--) {
      for (int i = 1; i <= history.pacticipants(); i++) {
        Expectations.Counts counts = expectations.toProduction(i, n);
        if (counts.rows() > 0 && counts.deployable() == deployable) {
          return new int[] {i, n};
        }
      }
    }
    return null;
  }

  /** Can-i-deploy of version (i, n) to the environment as the Pact CLIs ask it. */
  static String canIDeployQuery(int i, int n, String environment) {
    return matrix("q[][pacticipant]", Organisation.name(i), "q[][version]", History.versionNumber(i, n), "latestby", "cvp",
        "environment", environment);
  }

  /** {@code /matrix?k1=v1&k2=v2...}, keys and values form-encoded (brackets too, as the Pact CLIs send them). */
  static String matrix(String... keysAndValues) {
    StringBuilder query = new StringBuilder("/matrix");
    for (int k = 0; k < keysAndValues.length; k += 2) {
      query.append(k == 0 ? '?' : '&').append(encode(keysAndValues[k])).append('=').append(encode(keysAndValues[k + 1]));
    }
    return query.toString();
  }

  private String canIDeploy(int i, int n) throws IOException, InterruptedException {
    String query = canIDeployQuery(i, n, "production") + "&limit=1000";
    return compare(query, get(query), expectations.toProduction(i, n));
  }

  private String hubMatrix() throws IOException, InterruptedException {
    String query = matrix("q[][pacticipant]", Organisation.name(history.organisation().hub()), "latestby", "cvp", "latest", "true",
        "limit", "1000");
    return compare(query, get(query), expectations.hubMatrixLatest());
  }

  private static String compare(String query, JsonNode answer, Expectations.Counts expected) {
    JsonNode summary = answer.path("summary");
    Expectations.Counts actual = new Expectations.Counts(summary.path("success").asInt(-1), summary.path("failed").asInt(-1),
        summary.path("unknown").asInt(-1));
    int rows = answer.path("matrix").size();
    boolean deployable = summary.path("deployable").asBoolean(false);
    if (!actual.equals(expected) || rows != expected.rows() || deployable != expected.deployable()) {
      throw new IllegalStateException("the seed is not what the broker reads: GET " + query + " answered " + rows + " rows, " + actual
          + ", deployable " + summary.path("deployable") + "; the history implies " + expected.rows() + " rows, " + expected
          + ", deployable " + expected.deployable() + "; reason: " + summary.path("reason").asText());
    }
    return query + ": " + rows + " rows, deployable " + deployable + " (" + actual.success() + " passed, " + actual.failed()
        + " failed, " + actual.unknown() + " unknown), as the history implies";
  }

  /** The hub's build on main verifies each consumer's main-branch head: one pact per consumer. */
  private String hubPactsForVerification() throws IOException, InterruptedException {
    String path = "/pacts/provider/" + Organisation.name(history.organisation().hub()) + "/for-verification";
    HttpRequest request = HttpRequest.newBuilder(broker.resolve(path)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").header("Accept", "application/hal+json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"consumerVersionSelectors\":[{\"mainBranch\":true}]}")).build();
    int pacts = read(path, client.send(request, HttpResponse.BodyHandlers.ofString())).path("_embedded").path("pacts").size();
    int expected = history.organisation().hubConsumers();
    if (pacts != expected) {
      throw new IllegalStateException("the seed is not what the broker reads: POST " + path + " {mainBranch} selected " + pacts
          + " pacts; the hub has " + expected + " consumers, each with a main-branch head");
    }
    return "POST " + path + " {mainBranch}: " + pacts + " pacts, one per hub consumer";
  }

  private JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(broker.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60))
        .header("Accept", "application/hal+json").GET().build();
    return read(pathAndQuery, client.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  private static JsonNode read(String what, HttpResponse<String> response) throws IOException {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
