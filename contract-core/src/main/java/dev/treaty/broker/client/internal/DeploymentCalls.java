package dev.treaty.broker.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.client.BrokerException;
import dev.treaty.broker.client.Deployment;
import dev.treaty.broker.client.Environment;
import dev.treaty.contract.internal.JsonMappers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Deployments and releases (Pact Broker API §3.14): recorded by POSTing to a version's
 * {@code deployed-versions}/{@code released-versions} of an environment, ended by PATCHing what
 * the environment lists as current, as the Pact CLIs do.
 */
public final class DeploymentCalls {
  private final HalHttp http;
  private final String baseUrl;
  private final Supplier<JsonNode> index;
  private final EnvironmentCalls environments;

  public DeploymentCalls(HalHttp http, String baseUrl, Supplier<JsonNode> index, EnvironmentCalls environments) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.index = index;
    this.environments = environments;
  }

  /** Records {@code version} as deployed ({@code kind} "deployed") or released ("released") in the environment. */
  public Deployment record(String kind, String pacticipant, String version, String environmentName, String instance) {
    Environment environment = environments.named(environmentName);
    String versionUrl = HalLinks.required(index.get(), baseUrl, "pb:pacticipant-version",
        Map.of("pacticipant", pacticipant, "version", version), "");
    String url = versionUrl + "/" + kind + "-versions/environment/" + UriTemplates.encodeSegment(environment.uuid());
    ObjectNode body = JsonMappers.DATA.createObjectNode();
    if (instance != null) {
      body.put("applicationInstance", instance);
    }
    JsonNode answer = http.post(url, body);
    return new Deployment(pacticipant, version, environment.name(), instance, ResponseBodies.publishNotices(answer), answer.toString());
  }

  /** Ends every current deployment of {@code pacticipant} in the environment (of {@code instance} when given). */
  public List<Deployment> undeploy(String pacticipant, String environmentName, String instance) {
    return end("pb:currently-deployed-deployed-versions", "deployedVersions", "currentlyDeployed",
        pacticipant, null, environmentName, instance);
  }

  /** Ends the support of the release of {@code version} in the environment. */
  public List<Deployment> endSupport(String pacticipant, String version, String environmentName) {
    return end("pb:currently-supported-released-versions", "releasedVersions", "currentlySupported",
        pacticipant, version, environmentName, null);
  }

  private List<Deployment> end(String rel, String key, String flag, String pacticipant, String version,
      String environmentName, String instance) {
    Environment environment = environments.named(environmentName);
    String environmentUrl = HalLinks.required(index.get(), baseUrl, "pb:environment", Map.of("uuid", environment.uuid()), "");
    String currentUrl = HalLinks.required(http.get(environmentUrl), environmentUrl, rel, Map.of(), "");
    List<JsonNode> current = new ArrayList<>();
    http.get(currentUrl).path("_embedded").path(key).forEach(current::add);
    List<JsonNode> matching = current.stream().filter(d -> pacticipant.equals(pacticipantOf(d))
        && (version == null || version.equals(versionOf(d)))
        && (instance == null || instance.equals(d.path("applicationInstance").asText(null)))).toList();
    if (matching.isEmpty()) {
      throw nothingCurrent(flag, pacticipant, version, instance, environment.name(), current);
    }
    List<Deployment> ended = new ArrayList<>();
    for (JsonNode item : matching) {
      String self = HalLinks.required(item, currentUrl, "self", Map.of(), "");
      JsonNode answer = http.patch(self, JsonMappers.DATA.createObjectNode().put(flag, false));
      ended.add(new Deployment(pacticipant, versionOf(item), environment.name(),
          item.path("applicationInstance").asText(null), List.of(), answer.toString()));
    }
    return ended;
  }

  private static BrokerException nothingCurrent(String flag, String pacticipant, String version, String instance,
      String environment, List<JsonNode> current) {
    String what = pacticipant + (version == null ? "" : " " + version) + (instance == null ? "" : " (instance " + instance + ")");
    String state = flag.equals("currentlyDeployed") ? "currently deployed" : "released and supported";
    List<String> there = current.stream().map(d -> pacticipantOf(d) + " " + versionOf(d)
        + (d.path("applicationInstance").isTextual() ? " (instance " + d.path("applicationInstance").asText() + ")" : "")).toList();
    return new BrokerException(what + " is not " + state + " in " + environment + "; " + state + " there: "
        + (there.isEmpty() ? "nothing" : String.join(", ", there)), 404, List.of(), null);
  }

  private static String pacticipantOf(JsonNode item) {
    JsonNode embedded = item.path("_embedded");
    return embedded.path("pacticipant").path("name").asText(item.path("pacticipant").path("name").asText(""));
  }

  private static String versionOf(JsonNode item) {
    JsonNode embedded = item.path("_embedded");
    return embedded.path("version").path("number").asText(item.path("version").path("number").asText(""));
  }
}
