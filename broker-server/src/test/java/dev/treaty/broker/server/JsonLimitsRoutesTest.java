package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.JsonLimits;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokerSeed;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.PactFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JSON past the parser's limits ({@link JsonLimits}) is a 400 naming the limit wherever the broker
 * reads JSON: request bodies of every kind and the pact inside a publication. Until issue 12, deep
 * nesting and long numbers were a NullPointerException (500) and a number beyond a double's range
 * was stored as the string "Infinity".
 */
@ParameterizedClass
@EnumSource(Backend.class)
class JsonLimitsRoutesTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();
  static final String TOO_DEEP = "Document nesting depth (1001) exceeds the maximum allowed (1000)";
  static final String TOO_LONG = "Number value length (1001) exceeds the maximum allowed (1000)";

  @Parameter Backend backend;

  BrokerHttp http() {
    return BROKERS.get(backend).http();
  }

  @Test
  void everyRouteThatReadsABodyAnswersJsonPastTheLimitsWith400NamingTheLimit() {
    String sha = BrokerSeed.of(BROKERS.get(backend)).pact("jl-c", "1", "jl-p", "a");
    List<String[]> routes = List.of(
        new String[] {"POST", "/contracts/publish"},
        new String[] {"PUT", "/pacts/provider/jl-p/consumer/jl-c/version/2"},
        new String[] {"POST", "/pacts/provider/jl-p/consumer/jl-c/pact-version/" + sha + "/verification-results"},
        new String[] {"POST", "/pacts/provider/jl-p/for-verification"},
        new String[] {"POST", "/environments"},
        new String[] {"PUT", "/pacticipants/jl-c/versions/3"},
        new String[] {"POST", "/pacticipants"});
    for (String[] route : routes) {
      assertBadJson(send(route, "{\"x\": " + nested(JsonLimits.MAX_NESTING_DEPTH) + "}"), TOO_DEEP);
      assertBadJson(send(route, "{\"x\": " + "7".repeat(JsonLimits.MAX_NUMBER_LENGTH + 1) + "}"), TOO_LONG);
      assertBadJson(send(route, "{\"x\": [1, {\"y\": -2e400}]}"), JsonLimits.numberOutOfRange("$.x[1].y"));
    }
  }

  @Test
  void aPactPastTheLimitsIsRefusedWhetherPublishedOrPut() {
    for (String body : List.of(nested(JsonLimits.MAX_NESTING_DEPTH), "1".repeat(JsonLimits.MAX_NUMBER_LENGTH + 1), "1e999999999")) {
      String pact = PactFixtures.pact("jp-c", "jp-p", "a").replace("{\"description\":\"a\"}", body);
      Reply published = http().post("/contracts/publish", PactFixtures.publishRequest("jp-c", "1", null, List.of(), "jp-p", pact));
      Reply put = http().put("/pacts/provider/jp-p/consumer/jp-c/version/1", pact);

      for (Reply reply : List.of(published, put)) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.body()).contains("is not a valid pact: invalid JSON: ").doesNotContain("StreamReadConstraints");
      }
      assertThat(published.json().at("/errors/contracts[0].content/0").asText()).as(published.body())
          .matches("is not a valid pact: invalid JSON: (" + TOO_DEEP.replace("(", "\\(").replace(")", "\\)")
              + "|Number value length \\(1001\\).*|the number at \\$\\.interactions\\[0\\]\\.response\\.body is out of range.*)");
    }
    assertThat(http().get("/pacticipants/jp-c/versions/1").status()).as("nothing stored").isEqualTo(404);
  }

  @Test
  void aPactNestedJustInsideTheLimitIsPublishedAndReadBackWhole() {
    // root, interactions, the interaction, response: four levels above the body
    String body = nested(JsonLimits.MAX_NESTING_DEPTH - 4);
    String pact = PactFixtures.pact("jd-c", "jd-p", "a").replace("{\"description\":\"a\"}", body);

    Reply published = http().post("/contracts/publish", PactFixtures.publishRequest("jd-c", "1", null, List.of(), "jd-p", pact));
    Reply read = http().get("/pacts/provider/jd-p/consumer/jd-c/version/1");

    assertThat(published.status()).as(published.body()).isEqualTo(200);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).contains("\"body\":" + body);
  }

  @Test
  void verificationResultsNestedJustInsideTheLimitAreStoredAndReadBackInsideTheirList() {
    String sha = BrokerSeed.of(BROKERS.get(backend)).pact("jv-c", "1", "jv-p", "a");
    String results = "/pacts/provider/jv-p/consumer/jv-c/pact-version/" + sha + "/verification-results";
    String deep = nested(JsonLimits.MAX_NESTING_DEPTH - 3); // the body, testResults, its element
    Reply published = http().post(results, "{\"success\":true,\"providerApplicationVersion\":\"9\",\"testResults\":[{\"x\":" + deep + "}]}");

    Reply list = http().get(results);

    assertThat(published.status()).as(published.body()).isEqualTo(201);
    assertThat(list.status()).as("written deeper than it was read, inside the list: " + list.body()).isEqualTo(200);
    assertThat(list.body()).contains(deep);
  }

  private Reply send(String[] route, String body) {
    return http().send(route[0], route[1], body, java.util.Map.of("Content-Type", "application/json"));
  }

  private static void assertBadJson(Reply reply, String limit) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    // the legacy PUT's body is a pact: "is not a valid pact: invalid JSON: ..."
    assertThat(reply.json().at("/errors/body/0").asText()).as(reply.body())
        .isIn("is not valid JSON: " + limit, "is not a valid pact: invalid JSON: " + limit);
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }
}
