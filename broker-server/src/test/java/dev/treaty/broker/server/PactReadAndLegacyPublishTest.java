package dev.treaty.broker.server;

import static dev.treaty.broker.testing.PactFixtures.pact;
import static dev.treaty.broker.testing.PactFixtures.publishRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.fuzz.Framing;
import dev.treaty.broker.fuzz.RawHttpClient;
import dev.treaty.broker.fuzz.RawReply;
import dev.treaty.broker.fuzz.RawRequest;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.JsonNames;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.testing.GoldenFiles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class PactReadAndLegacyPublishTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();
  static final GoldenFiles GOLDEN = GoldenFiles.in("pacts");

  @Parameter Backend backend;

  BrokerHttp http() {
    return BROKERS.get(backend).http();
  }

  String url() {
    return BROKERS.get(backend).url();
  }

  void publish(String consumer, String version, String branch, List<String> tags, String provider, String... descriptions) {
    Reply reply = http().post("/contracts/publish", publishRequest(consumer, version, branch, tags, provider, pact(consumer, provider, descriptions)));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  /** Found by BrokerFuzzIT: a charset Java cannot name was a 500 (IllegalCharsetNameException) reading the body. */
  @Test
  void legacyPutDecodesTheNamedCharsetAndRefusesOneItCannotDecodeWith415() {
    String path = "/pacts/provider/LgCsB/consumer/LgCsA/version/1.0.0";
    byte[] pact = pact("LgCsA", "LgCsB", "a").getBytes(java.nio.charset.StandardCharsets.UTF_16);

    RawReply utf16 = putRaw(path, "application/json; charset=\"UTF-16\"", pact);
    RawReply broken = putRaw(path, "application/json; charset=\"utf-8", pact);

    assertThat(utf16.status()).as(utf16.toString()).isEqualTo(201);
    assertThat(broken.status()).as(broken.toString()).isEqualTo(415);
    assertThat(broken.text()).contains("\"detail\":\"Content-Type names a charset the broker cannot decode: '\\\"utf-8'; send UTF-8 (charset=utf-8 or none)\"");
  }

  private RawReply putRaw(String path, String contentType, byte[] body) {
    int port = BROKERS.get(backend).broker().port();
    try (RawHttpClient client = new RawHttpClient("127.0.0.1", port, 10_000)) {
      return client.send(new RawRequest("PUT", path, "HTTP/1.1", List.of(new RawRequest.Header("Host", "127.0.0.1:" + port),
          new RawRequest.Header("Content-Type", contentType)), body, new Framing.Exact()));
    }
  }

  @Test
  void legacyPutIs201Then200ThenConflict409() {
    String path = "/pacts/provider/LgB/consumer/LgA/version/1.0.0";

    Reply created = http().put(path, pact("LgA", "LgB", "a"));
    Reply same = http().put(path, pact("LgA", "LgB", "a"));
    Reply changed = http().put(path, pact("LgA", "LgB", "b"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().at("/_links/pb:latest-pact-version/href").asText()).isEqualTo(url() + "/pacts/provider/LgB/consumer/LgA/latest");
    assertThat(same.status()).isEqualTo(200);
    assertThat(changed.status()).isEqualTo(409);
    assertThat(http().get(path).json().at("/interactions/0/description").asText()).isEqualTo("a");
  }

  @Test
  void legacyPatchMergesAndRefusesAChangedRequestForTheSameInteraction() {
    String path = "/pacts/provider/LgD/consumer/LgC/version/1";
    http().put(path, pact("LgC", "LgD", "a"));

    Reply merged = http().patch(path, pact("LgC", "LgD", "b"));
    Reply conflicting = http().patch(path, pact("LgC", "LgD", "a").replace("\"/a\"", "\"/other\""));

    assertThat(merged.status()).isEqualTo(200);
    assertThat(merged.json().get("interactions").findValuesAsText("description").stream().distinct().toList()).containsExactly("a", "b");
    assertThat(conflicting.status()).isEqualTo(409);
    GOLDEN.assertMatches("merge-conflict-409.json", conflicting.json().toPrettyString() + "\n");
  }

  @Test
  void legacyPatchThatChangesAPublishedResponseIs409() {
    String path = "/pacts/provider/LgH/consumer/LgG/version/1";
    http().put(path, pact("LgG", "LgH", "a"));

    Reply refused = http().patch(path, pact("LgG", "LgH", "a").replace("\"status\":200", "\"status\":500"));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("detail").asText())
        .startsWith("Cannot merge into the pact for LgG version 1 and provider LgH: the merge would change interactions 'a' ");
    assertThat(http().get(path).json().at("/interactions/0/response/status").asInt()).isEqualTo(200);
  }

  @Test
  void legacyPutWithNamesThatDisagreeWithTheUrlIs400() {
    Reply reply = http().put("/pacts/provider/LgF/consumer/LgE/version/1", pact("Someone", "Else", "a"));

    assertThat(reply.status()).isEqualTo(400);
    GOLDEN.assertMatches("names-disagree-400.json", reply.json().toPrettyString() + "\n");
    assertThat(http().get("/pacticipants/LgE").status()).isEqualTo(404);
  }

  @Test
  void legacyPutOfMalformedJsonNamesLineAndColumn() {
    Reply reply = http().put("/pacts/provider/LgH/consumer/LgG/version/1", "{\"consumer\": {\"name\": \"LgG\"},\n\"provider\" }");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().at("/errors/body/0").asText()).contains("line 2");
  }

  @Test
  void latestOverallPerBranchAndPerTag() {
    publish("RdA", "1", "main", List.of("prod"), "RdB", "v1");
    publish("RdA", "2", "feat/x", List.of(), "RdB", "v2");
    publish("RdA", "3", "main", List.of(), "RdB", "v3");
    String pacts = "/pacts/provider/RdB/consumer/RdA";

    assertThat(http().get(pacts + "/latest").json().at("/_links/pb:consumer-version/name").asText()).isEqualTo("3");
    assertThat(http().get(pacts + "/branch/main/latest").json().at("/_links/pb:consumer-version/name").asText()).isEqualTo("3");
    assertThat(http().get(pacts + "/branch/feat%2Fx/latest").json().at("/_links/pb:consumer-version/name").asText()).isEqualTo("2");
    assertThat(http().get(pacts + "/latest/prod").json().at("/_links/pb:consumer-version/name").asText()).isEqualTo("1");
    assertThat(http().get(pacts + "/version/2").json().at("/interactions/0/description").asText()).isEqualTo("v2");
    Reply missing = http().get(pacts + "/latest/none");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().at("/errors/0").asText()).isEqualTo("No pact between RdA and RdB for a version tagged 'none'");
  }

  @Test
  void pactBySha_keepsTheMetadataSegmentInTheVerificationResultsLink() {
    publish("RdC", "1", null, List.of(), "RdD", "x");
    String pactVersion = http().get("/pacts/provider/RdD/consumer/RdC/latest").json().at("/_links/pb:pact-version/href").asText();

    JsonNode withMetadata = http().get(pactVersion + "/metadata/cyU1QiU1RCU1QmIlNUQ9bWFpbg").json();

    assertThat(withMetadata.at("/_links/pb:publish-verification-results/href").asText())
        .isEqualTo(pactVersion + "/metadata/cyU1QiU1RCU1QmIlNUQ9bWFpbg/verification-results");
    assertThat(withMetadata.at("/_links/pb:pact-version/href").asText()).isEqualTo(pactVersion);
    assertThat(http().get("/pacts/provider/RdD/consumer/RdC/pact-version/0000").status()).isEqualTo(404);
  }

  @Test
  void sameContentForTwoVersionsSharesOnePactVersionAndTheShaUrlShowsTheNewest() {
    publish("RdE", "1", null, List.of(), "RdF", "same");
    publish("RdE", "2", null, List.of(), "RdF", "same");

    String first = http().get("/pacts/provider/RdF/consumer/RdE/version/1").json().at("/_links/pb:pact-version/href").asText();
    String second = http().get("/pacts/provider/RdF/consumer/RdE/version/2").json().at("/_links/pb:pact-version/href").asText();

    assertThat(first).isEqualTo(second);
    assertThat(http().get(first).json().at("/_links/pb:consumer-version/name").asText()).isEqualTo("2");
  }

  @Test
  void interactionIdsAreStableAndDoNotDependOnKeyOrder() {
    publish("RdG", "1", null, List.of(), "RdH", "a", "b");

    JsonNode pact = http().get("/pacts/provider/RdH/consumer/RdG/version/1").json();
    JsonNode again = http().get("/pacts/provider/RdH/consumer/RdG/version/1").json();

    assertThat(pact.at("/interactions/0/_id").asText()).isEqualTo(again.at("/interactions/0/_id").asText())
        .isNotEqualTo(pact.at("/interactions/1/_id").asText());
  }

  @Test
  void providerLatestListsEachConsumersLatestPact() {
    publish("RdI", "1", null, List.of("prod"), "RdK", "i1");
    publish("RdI", "2", null, List.of(), "RdK", "i2");
    publish("RdJ", "7", null, List.of("prod"), "RdK", "j7");

    JsonNode latest = http().get("/pacts/provider/RdK/latest").json().get("_links");
    JsonNode prod = http().get("/pacts/provider/RdK/latest/prod").json().get("_links");

    assertThat(JsonNames.of(latest.get("pb:pacts"))).containsExactly("RdI", "RdJ");
    assertThat(latest.get("pb:pacts").get(0).get("href").asText()).isEqualTo(url() + "/pacts/provider/RdK/consumer/RdI/version/2");
    assertThat(latest.get("pacts")).isEqualTo(latest.get("pb:pacts"));
    assertThat(prod.get("pb:pacts").get(0).get("href").asText()).isEqualTo(url() + "/pacts/provider/RdK/consumer/RdI/version/1");
    assertThat(http().get("/pacts/provider/RdNobody/latest").status()).isEqualTo(404);
  }
}
