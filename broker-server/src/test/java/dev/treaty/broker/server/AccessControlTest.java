package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.PactFixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Tokens, roles and the audit log, over HTTP against a broker started with an admin token, on both backends. */
@ParameterizedClass
@EnumSource(Backend.class)
class AccessControlTest {
  static final String ADMIN = "admin-secret-0123456789";

  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend(config -> config.adminToken(ADMIN));
  @RegisterExtension static final BrokersPerBackend PUBLIC_READ =
      new BrokersPerBackend(config -> config.adminToken(ADMIN).publicRead(true));
  @RegisterExtension static final BrokersPerBackend OPEN = new BrokersPerBackend();

  @Parameter Backend backend;

  BrokerHttp http() {
    return BROKERS.get(backend).http();
  }

  static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }

  static Map<String, String> basic(String user, String password) {
    return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  String createToken(String name, String role) {
    Reply created = http().send("POST", "/tokens", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}", bearer(ADMIN));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("token").asText();
  }

  String publish(String consumer) {
    return PactFixtures.publishRequest(consumer, "1.0.0", "main", List.of(), "Orders", PactFixtures.pact(consumer, "Orders", "get order"));
  }

  @Test
  void anAnonymousRequestGets401WithABasicChallengeThatSaysHowToGetAToken() {
    Reply reply = http().post("/contracts/publish", publish("AnonWeb"));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.header("WWW-Authenticate")).startsWith("Basic realm=\"Treaty broker\"");
    assertThat(reply.json().at("/errors/0").asText()).contains("Authorization: Bearer", "treaty token create --role write");
    assertThat(http().get("/").status()).isEqualTo(401);
    assertThat(http().get("/pacticipants/AnonWeb").status()).isEqualTo(401);
  }

  @Test
  void healthReadinessMetricsAndTheApiDocumentNeedNoToken() {
    for (String path : List.of("/health", "/ready", "/metrics", "/openapi.json")) {
      assertThat(http().get(path).status()).as(path).isEqualTo(200);
    }
  }

  @Test
  void aReadTokenReadsButCannotWriteAndIsToldWhichRoleIsNeeded() {
    String read = createToken("ci-reader", "read");
    assertThat(http().send("POST", "/contracts/publish", publish("ReaderSeedWeb"), bearer(ADMIN)).status()).isEqualTo(200);

    assertThat(http().send("GET", "/", null, bearer(read)).status()).isEqualTo(200);
    Reply forVerification = http().send("POST", "/pacts/provider/Orders/for-verification", "{}", bearer(read));
    assertThat(forVerification.status()).as("for-verification is a read").isEqualTo(200);
    Reply write = http().send("POST", "/contracts/publish", publish("ReadWeb"), bearer(read));
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.json().at("/errors/0").asText())
        .contains("needs the write role", "token 'ci-reader' (role read)", "treaty token create --role write");
  }

  @Test
  void aWriteTokenPublishesByBearerAndByBasicWithAnyUserName() {
    String write = createToken("ci-writer", "write");

    Reply bearer = http().send("POST", "/contracts/publish", publish("BearerWeb"), bearer(write));
    Reply basic = http().send("POST", "/contracts/publish", publish("BasicWeb"), basic("whoever", write));

    assertThat(bearer.status()).as(bearer.body()).isEqualTo(200);
    assertThat(basic.status()).as(basic.body()).isEqualTo(200);
    assertThat(http().send("GET", "/pacticipants/BasicWeb", null, bearer(write)).status()).isEqualTo(200);
  }

  @Test
  void environmentsAndTokensNeedAdminWhileDeploymentsNeedWrite() {
    String write = createToken("deployer", "write");

    Reply environment = http().send("POST", "/environments", "{\"name\":\"staging-" + backend + "\",\"production\":false}", bearer(write));
    assertThat(environment.status()).isEqualTo(403);
    assertThat(environment.json().at("/errors/0").asText()).contains("needs the admin role");
    assertThat(http().send("GET", "/tokens", null, bearer(write)).status()).isEqualTo(403);
    assertThat(http().send("GET", "/audit", null, bearer(write)).status()).isEqualTo(403);

    String production = http().send("GET", "/environments?name=production", null, bearer(write)).json().at("/_embedded/environments/0/uuid").asText();
    Reply deployed = http().send("POST", "/pacticipants/Orders/versions/9.9.9/deployed-versions/environment/" + production, "{}", bearer(write));
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
  }

  @Test
  void aRevokedTokenIsRefusedAtOnceAndTheListNeverShowsSecrets() {
    String doomed = createToken("doomed", "write");
    String uuid = findToken("doomed").get("id").asText();
    assertThat(http().send("GET", "/", null, bearer(doomed)).status()).isEqualTo(200);

    Reply revoked = http().send("DELETE", "/tokens/" + uuid, null, bearer(ADMIN));

    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().get("revokedAt").isNull()).isFalse();
    Reply refused = http().send("GET", "/", null, bearer(doomed));
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().at("/errors/0").asText()).contains("Token 'doomed'", "was revoked");
    String list = http().send("GET", "/tokens", null, bearer(ADMIN)).body();
    assertThat(list).doesNotContain(doomed).doesNotContain(doomed.substring(4));
  }

  @Test
  void anExpiredOrUnknownTokenIsA401NamingWhy() {
    Reply created = http().send("POST", "/tokens", "{\"name\":\"short\",\"role\":\"read\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}", bearer(ADMIN));
    assertThat(created.status()).isEqualTo(400);
    assertThat(created.body()).contains("expiresAt", "must be in the future");

    Reply unknown = http().send("GET", "/", null, bearer("trt_not-a-token"));
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.json().at("/errors/0").asText()).contains("not known to this broker");
    Reply scheme = http().send("GET", "/", null, Map.of("Authorization", "Digest abc"));
    assertThat(scheme.status()).isEqualTo(401);
    assertThat(scheme.json().at("/errors/0").asText()).contains("scheme 'digest'");
  }

  @Test
  void tokenRequestsAreValidatedFieldByField() {
    Reply reply = http().send("POST", "/tokens", "{\"name\":\"" + "n".repeat(101) + "\",\"role\":\"root\",\"expiresIn\":\"forever\"}", bearer(ADMIN));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("at most 100", "must be read, write or admin", "ISO-8601 duration");
  }

  @Test
  void theAuditLogRecordsEveryAcknowledgedWriteWithWhoWhatAndFromWhere() {
    String write = createToken("auditor-subject", "write");
    assertThat(http().send("POST", "/contracts/publish", publish("AuditedWeb"), Map.of(
        "Authorization", "Bearer " + write, "User-Agent", "pact_broker_client/1.0")).status()).isEqualTo(200);
    assertThat(http().send("POST", "/contracts/publish", publish("RefusedWeb"), Map.of()).status()).isEqualTo(401);

    List<JsonNode> events = new ArrayList<>();
    http().send("GET", "/audit?limit=1000", null, bearer(ADMIN)).json().get("events").forEach(events::add);

    JsonNode publish = events.stream().filter(e -> e.get("actor").asText().equals("auditor-subject")).findFirst().orElseThrow();
    assertThat(publish.get("method").asText()).isEqualTo("POST");
    assertThat(publish.get("path").asText()).isEqualTo("/contracts/publish");
    assertThat(publish.get("role").asText()).isEqualTo("write");
    assertThat(publish.get("remoteAddress").asText()).isEqualTo("127.0.0.1");
    assertThat(publish.get("userAgent").asText()).isEqualTo("pact_broker_client/1.0");
    assertThat(publish.get("tokenId").asText()).isEqualTo(findToken("auditor-subject").get("id").asText());
    assertThat(events).anyMatch(e -> e.get("actor").asText().equals("admin-token") && e.get("path").asText().equals("/tokens"));
    assertThat(events).noneMatch(e -> e.get("path").asText().contains("RefusedWeb") || e.get("method").asText().equals("GET"));
  }

  @Test
  void theAuditLogPagesNewestFirst() {
    for (int i = 0; i < 3; i++) {
      createToken("page-" + i, "read");
    }
    JsonNode first = http().send("GET", "/audit?limit=2", null, bearer(ADMIN)).json();
    assertThat(first.get("events")).hasSize(2);
    long newest = first.at("/events/0/id").asLong();
    assertThat(first.at("/events/1/id").asLong()).isLessThan(newest);
    JsonNode next = http().send("GET", first.at("/_links/next/href").asText(), null, bearer(ADMIN)).json();
    assertThat(next.at("/events/0/id").asLong()).isLessThan(first.at("/events/1/id").asLong());
    assertThat(http().send("GET", "/audit?limit=0", null, bearer(ADMIN)).status()).isEqualTo(400);
  }

  @Test
  void withPublicReadReadsNeedNoTokenButWritesStillDo() {
    BrokerHttp open = PUBLIC_READ.get(backend).http();
    assertThat(open.send("POST", "/contracts/publish", publish("PublicSeedWeb"), bearer(ADMIN)).status()).isEqualTo(200);

    assertThat(open.get("/").status()).isEqualTo(200);
    assertThat(open.post("/pacts/provider/Orders/for-verification", "{}").status()).isEqualTo(200);
    Reply write = open.post("/contracts/publish", publish("PublicWeb"));
    assertThat(write.status()).isEqualTo(401);
    assertThat(write.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(open.get("/tokens").status()).isEqualTo(401);
  }

  @Test
  void withAccessControlOffEverythingIsOpenTokensCannotBeMintedAndWritesAreStillAudited() {
    BrokerHttp open = OPEN.get(backend).http();

    assertThat(open.post("/contracts/publish", publish("OpenWeb")).status()).isEqualTo(200);
    Reply mint = open.post("/tokens", "{\"name\":\"sneaky\",\"role\":\"admin\"}");
    assertThat(mint.status()).isEqualTo(409);
    assertThat(mint.json().at("/errors/0").asText()).contains("--admin-token");
    JsonNode events = open.get("/audit").json().get("events");
    assertThat(events).anyMatch(e -> e.get("actor").asText().equals("anonymous") && e.get("path").asText().equals("/contracts/publish"));
  }

  JsonNode findToken(String name) {
    for (JsonNode token : http().send("GET", "/tokens", null, bearer(ADMIN)).json().get("tokens")) {
      if (token.get("name").asText().equals(name)) {
        return token;
      }
    }
    throw new AssertionError("no token named " + name);
  }
}
