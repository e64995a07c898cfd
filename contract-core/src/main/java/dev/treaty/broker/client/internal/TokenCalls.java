package dev.treaty.broker.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.client.AccessToken;
import dev.treaty.contract.internal.JsonMappers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A Treaty broker's access tokens ({@code /tokens}, admin only). */
public final class TokenCalls {
  private final HalHttp http;
  private final String baseUrl;

  public TokenCalls(HalHttp http, String baseUrl) {
    this.http = http;
    this.baseUrl = baseUrl;
  }

  public AccessToken create(String name, String role, Duration expiresIn) {
    ObjectNode body = JsonMappers.DATA.createObjectNode();
    body.put("name", name);
    body.put("role", role);
    if (expiresIn != null) {
      body.put("expiresIn", expiresIn.toString());
    }
    return read(http.post(baseUrl + "/tokens", body));
  }

  public List<AccessToken> list() {
    List<AccessToken> tokens = new ArrayList<>();
    listJson().path("tokens").forEach(t -> tokens.add(read(t)));
    return tokens;
  }

  /** The broker's list of tokens, as it sent it. */
  public JsonNode listJson() {
    return http.get(baseUrl + "/tokens");
  }

  public AccessToken revoke(String id) {
    String url = baseUrl + "/tokens/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    return read(HalHttp.expectOk("DELETE", url, http.send("DELETE", url, null)));
  }

  static AccessToken read(JsonNode node) {
    return new AccessToken(node.path("id").asText(null), node.path("name").asText(null), node.path("role").asText(null),
        node.path("createdBy").asText(null), instant(node, "createdAt"), instant(node, "expiresAt"),
        instant(node, "lastUsedAt"), instant(node, "revokedAt"), node.path("token").asText(null));
  }

  private static Instant instant(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? java.time.OffsetDateTime.parse(value.asText()).toInstant() : null;
  }
}
