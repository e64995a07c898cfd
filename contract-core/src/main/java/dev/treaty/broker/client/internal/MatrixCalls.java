package dev.treaty.broker.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.client.BrokerException;
import dev.treaty.broker.client.DeployOrder;
import dev.treaty.broker.client.Deployment;
import dev.treaty.broker.client.MatrixAnswer;
import dev.treaty.broker.client.MatrixQuery;
import dev.treaty.broker.client.VersionDescription;
import dev.treaty.contract.internal.JsonMappers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The matrix ({@code GET /matrix}, Pact Broker API §3.11) asked the way the Pact CLIs ask it, and
 * a version's description; answers read into records, tolerating brokers without Treaty's fields.
 */
public final class MatrixCalls {
  private final HalHttp http;
  private final String baseUrl;
  private final Supplier<JsonNode> index;

  public MatrixCalls(HalHttp http, String baseUrl, Supplier<JsonNode> index) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.index = index;
  }

  /** Asks {@code /matrix}; a refusal (such as 400 for an unknown environment) names the broker's errors. */
  public MatrixAnswer matrix(MatrixQuery query) {
    String url = baseUrl + "/matrix?" + queryString(query);
    HalHttp.Answer answer = http.send("GET", url, null);
    if (!answer.ok()) {
      throw HalHttp.failure("GET", url, answer, "");
    }
    return read(answer.body());
  }

  /**
   * The Pact CLIs' query: per selector {@code q[][pacticipant]} and {@code q[][version]} (or
   * {@code q[][latest]=true} with {@code q[][tag]}, {@code q[][branch]} or {@code q[][mainBranch]}),
   * then the target, then the ignores.
   */
  static String queryString(MatrixQuery query) {
    List<String> parts = new ArrayList<>();
    for (MatrixQuery.Selector selector : query.selectors()) {
      parts.add(pair("q[][pacticipant]", selector.pacticipant()));
      if (selector.version() != null) {
        parts.add(pair("q[][version]", selector.version()));
      } else if (selector.branch() != null) {
        parts.add(pair("q[][branch]", selector.branch()));
        parts.add(pair("q[][latest]", "true"));
      } else if (selector.mainBranch()) {
        parts.add(pair("q[][mainBranch]", "true"));
        parts.add(pair("q[][latest]", "true"));
      } else {
        parts.add(pair("q[][latest]", "true"));
        if (selector.tag() != null) {
          parts.add(pair("q[][tag]", selector.tag()));
        }
      }
    }
    parts.add(pair("latestby", query.selectors().size() == 1 ? "cvp" : "cvpv"));
    if (query.environment() != null) {
      parts.add(pair("environment", query.environment()));
    } else if (query.tag() != null) {
      parts.add(pair("latest", "true"));
      parts.add(pair("tag", query.tag()));
    } else if (query.branch() != null) {
      parts.add(pair("latest", "true"));
      parts.add(pair("branch", query.branch()));
    }
    for (MatrixQuery.Selector ignored : query.ignore()) {
      parts.add(pair("ignore[][pacticipant]", ignored.pacticipant()));
      if (ignored.version() != null) {
        parts.add(pair("ignore[][version]", ignored.version()));
      }
    }
    return String.join("&", parts);
  }

  private static String pair(String key, String value) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static MatrixAnswer read(JsonNode body) {
    JsonNode summary = body.path("summary");
    if (!summary.isObject() || !body.path("matrix").isArray()) {
      throw new BrokerException("the broker's matrix answer has no summary or matrix; is it a Pact Broker? " + abbreviate(body.toString()), null);
    }
    List<MatrixAnswer.Row> rows = new ArrayList<>();
    for (JsonNode row : body.path("matrix")) {
      JsonNode result = row.path("verificationResult");
      Boolean success = result.isObject() && result.has("success") ? result.get("success").asBoolean() : null;
      String status = row.path("status").asText(success == null ? "unknown" : success ? "yes" : "no");
      rows.add(new MatrixAnswer.Row(row.at("/consumer/name").asText(""), row.at("/consumer/version/number").asText(""),
          row.at("/provider/name").asText(""), textOrNull(row.at("/provider/version/number")), success, status,
          row.path("reason").asText(""), row.path("fix").asText("")));
    }
    List<String> fixes = new ArrayList<>();
    summary.path("fixes").forEach(f -> fixes.add(f.asText()));
    JsonNode deployable = summary.path("deployable");
    return new MatrixAnswer(deployable.isBoolean() ? deployable.asBoolean() : null, summary.path("reason").asText(""),
        summary.path("explanation").asText(""), summary.path("success").asInt(), summary.path("failed").asInt(),
        summary.path("unknown").asInt(), rows, fixes, ResponseBodies.publishNotices(body),
        HalLinks.href(body, "pb:decision").orElse(null), body.toString(), deployOrder(body.path("deployOrder")));
  }

  private static DeployOrder deployOrder(JsonNode node) {
    if (!node.isObject()) {
      return null;
    }
    List<DeployOrder.Step> steps = new ArrayList<>();
    node.path("steps").forEach(s -> steps.add(new DeployOrder.Step(s.path("step").asInt(), s.path("pacticipant").asText(""),
        s.path("version").asText(""), s.path("reason").asText(""))));
    List<String> constraints = new ArrayList<>();
    node.path("constraints").forEach(c -> constraints.add(c.path("reason").asText("")));
    List<String> blockers = new ArrayList<>();
    node.path("blockers").forEach(b -> blockers.add(b.path("reason").asText("")));
    return new DeployOrder(node.path("possible").asBoolean(false), node.path("reason").asText(""), steps, constraints, blockers);
  }

  /** The version resource and, where the broker has them (Treaty), the version's current deployments and releases. */
  public VersionDescription describe(String pacticipant, String version) {
    String url = HalLinks.required(index.get(), baseUrl, "pb:pacticipant-version",
        Map.of("pacticipant", pacticipant, "version", version), "");
    HalHttp.Answer answer = http.send("GET", url, null);
    if (answer.status() == 404) {
      throw new BrokerException("the broker " + baseUrl + " has no version " + version + " of " + pacticipant
          + "; publish a pact or a verification result for it, or check the name and number", 404, List.of(), null);
    }
    JsonNode body = HalHttp.expectOk("GET", url, answer);
    List<String> branches = new ArrayList<>();
    body.path("_embedded").path("branchVersions").forEach(b -> branches.add(b.path("name").asText()));
    List<String> tags = new ArrayList<>();
    body.path("_embedded").path("tags").forEach(t -> tags.add(t.path("name").asText()));
    return new VersionDescription(pacticipant, body.path("number").asText(version), textOrNull(body.path("buildUrl")),
        branches, tags, current(url, "deployedVersions", "currentlyDeployed", pacticipant, version),
        current(url, "releasedVersions", "currentlySupported", pacticipant, version), body.toString());
  }

  private List<Deployment> current(String versionUrl, String key, String flag, String pacticipant, String version) {
    HalHttp.Answer answer = http.send("GET", versionUrl + "/deployments", null);
    List<Deployment> current = new ArrayList<>();
    for (JsonNode d : answer.ok() ? answer.body().path("_embedded").path(key) : JsonMappers.DATA.createArrayNode()) {
      if (d.path(flag).asBoolean(false)) {
        current.add(new Deployment(pacticipant, version, d.at("/_embedded/environment/name").asText(""),
            textOrNull(d.path("applicationInstance")), List.of()));
      }
    }
    return current;
  }

  private static String textOrNull(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
