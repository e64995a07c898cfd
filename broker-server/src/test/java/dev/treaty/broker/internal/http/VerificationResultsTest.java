package dev.treaty.broker.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.selection.PactUrlMetadata;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokerSeed;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.RunningBroker;
import dev.treaty.testing.GoldenFiles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Publishing verification results and reading them back, on a real broker over HTTP. */
@ParameterizedClass
@EnumSource(Backend.class)
class VerificationResultsTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();
  static final ObjectWriter PRETTY = JsonTrees.MAPPER.writerWithDefaultPrettyPrinter();

  static final String RUST_RESULT = """
      {"success":false,"providerApplicationVersion":"4.5.6","buildUrl":"http://ci/9",
       "verifiedBy":{"implementation":"Pact-Rust","version":"1.4.8","clientLanguage":{"testFramework":"jest","name":"pact-js","version":"13.1.0"}},
       "testResults":[{"interactionId":"0b2f","success":false,"interactionDescription":"a request",
         "mismatches":[{"attribute":"body","identifier":"$.id","description":"Expected 1 but received 2"}],
         "actualResponse":{"status":200,"body":{"id":2}}},
        {"interactionId":"77aa","success":true}],
       "providerVersionBranch":"main"}
      """;

  @Parameter Backend backend;

  RunningBroker broker() {
    return BROKERS.get(backend);
  }

  BrokerSeed seed() {
    return BrokerSeed.of(broker());
  }

  static String pactPath(String provider, String consumer, String sha) {
    return "/pacts/provider/" + provider + "/consumer/" + consumer + "/pact-version/" + sha;
  }

  @Test
  void publishingStoresEverythingTheVerifierSentAndAnswers201WithLocation() {
    String sha = seed().pact("vr-a", "1.2.3", "vr-p", "a");

    Reply reply = broker().http().post(pactPath("vr-p", "vr-a", sha) + "/verification-results", RUST_RESULT);

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(reply.header("Content-Type")).startsWith("application/hal+json");
    JsonNode body = reply.json();
    long number = body.get("number").asLong();
    assertThat(reply.header("Location")).isEqualTo(broker().url() + pactPath("vr-p", "vr-a", sha) + "/verification-results/" + number);
    assertThat(body.at("/_links/self/href").asText()).isEqualTo(reply.header("Location"));
    assertThat(body.at("/_links/self/name").asText()).isEqualTo("Verification result " + number + " for Pact between vr-a (1.2.3) and vr-p");
    assertThat(body.get("providerName").asText()).isEqualTo("vr-p");
    assertThat(body.get("providerApplicationVersion").asText()).isEqualTo("4.5.6");
    assertThat(body.get("success").asBoolean()).isFalse();
    assertThat(body.get("buildUrl").asText()).isEqualTo("http://ci/9");
    assertThat(body.get("verificationDate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
    assertThat(body.get("wip").asBoolean()).isFalse();
    assertThat(body.has("pending")).isFalse();
    assertThat(body.at("/testResults/0/actualResponse/body/id").asInt()).isEqualTo(2);
    assertThat(body.at("/testResults/0/mismatches/0/identifier").asText()).isEqualTo("$.id");
    assertThat(body.at("/verifiedBy/clientLanguage/name").asText()).isEqualTo("pact-js");
    String otherFields = seed().text("SELECT other_fields FROM verifications WHERE id = " + number);
    assertThat(otherFields).isEqualTo("{\"providerVersionBranch\":\"main\"}");
    assertThat(seed().longs("SELECT COUNT(*) FROM versions v JOIN pacticipants p ON p.id = v.pacticipant_id"
        + " WHERE p.name = 'vr-p' AND v.number = '4.5.6'")).containsExactly(1L);
  }

  @Test
  void metadataInThePactUrlSetsWipAndPending() {
    String sha = seed().pact("vm-a", "1", "vm-p", "a");
    String token = new PactUrlMetadata(true, Optional.of(true), List.of(seed().version("vm-a", "1"))).encode();

    Reply reply = broker().http().post(pactPath("vm-p", "vm-a", sha) + "/metadata/" + token + "/verification-results",
        "{\"success\":true,\"providerApplicationVersion\":\"1\"}");

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(reply.json().get("wip").asBoolean()).isTrue();
    assertThat(reply.json().get("pending").asBoolean()).isTrue();
    assertThat(reply.header("Location")).doesNotContain("/metadata/");
  }

  @Test
  void numbersComeFromOneGlobalSequenceAndResultsReadBackNewestFirst() {
    String sha = seed().pact("vl-a", "1", "vl-p", "a");
    String other = seed().pact("vl-b", "1", "vl-p", "b");
    String path = pactPath("vl-p", "vl-a", sha) + "/verification-results";

    long first = broker().http().post(path, "{\"success\":false,\"providerApplicationVersion\":\"1\"}").json().get("number").asLong();
    long between = broker().http().post(pactPath("vl-p", "vl-b", other) + "/verification-results",
        "{\"success\":true,\"providerApplicationVersion\":\"1\"}").json().get("number").asLong();
    long second = broker().http().post(path, "{\"success\":true,\"providerApplicationVersion\":\"2\"}").json().get("number").asLong();

    assertThat(between).isGreaterThan(first);
    assertThat(second).isGreaterThan(between);
    JsonNode list = broker().http().get(path).json();
    assertThat(list.at("/_embedded/verificationResults").findValuesAsText("providerApplicationVersion")).containsExactly("2", "1");
    assertThat(broker().http().get(path + "/latest").json().get("number").asLong()).isEqualTo(second);
    assertThat(broker().http().get(path + "/" + first).json().get("success").asBoolean()).isFalse();
    assertThat(broker().http().get(path + "/" + between).status()).as("a result of another pact version").isEqualTo(404);

    JsonNode byVersion = broker().http().get("/pacticipants/vl-p/versions/1/verification-results").json();
    assertThat(byVersion.at("/_embedded/verificationResults").findValuesAsText("consumerName")).containsExactly("vl-b", "vl-a");
  }

  @Test
  void unknownThingsAre404() {
    String sha = seed().pact("vn-a", "1", "vn-p", "a");
    String ok = "{\"success\":true,\"providerApplicationVersion\":\"1\"}";

    Reply unknownSha = broker().http().post(pactPath("vn-p", "vn-a", "0000") + "/verification-results", ok);
    assertThat(unknownSha.status()).isEqualTo(404);
    assertThat(unknownSha.json().at("/errors/0").asText()).startsWith("No pact version 0000 between consumer 'vn-a' and provider 'vn-p'");
    assertThat(broker().http().post(pactPath("vn-x", "vn-a", sha) + "/verification-results", ok).status()).isEqualTo(404);
    assertThat(broker().http().get(pactPath("vn-p", "vn-a", sha) + "/verification-results/latest").json().at("/errors/0").asText())
        .isEqualTo("No verification results have been published for pact version " + sha + " between consumer 'vn-a' and provider 'vn-p'");
    assertThat(broker().http().get(pactPath("vn-p", "vn-a", sha) + "/verification-results/abc").status()).isEqualTo(404);
    assertThat(broker().http().get("/pacticipants/vn-p/versions/9/verification-results").status()).isEqualTo(404);
    assertThat(broker().http().get("/pacticipants/vn-nobody/versions/9/verification-results").status()).isEqualTo(404);
  }

  @Test
  void invalidResultsAre400WithEveryProblemAndNothingIsStored() throws Exception {
    String sha = seed().pact("vi-a", "1", "vi-p", "a");
    String path = pactPath("vi-p", "vi-a", sha) + "/verification-results";

    Reply missing = broker().http().post(path, "{}");
    Reply wrong = broker().http().post(path, "{\"success\":\"yes\",\"providerApplicationVersion\":\"1\\n2\",\"buildUrl\":\"not a url\","
        + "\"verifiedBy\":\"me\"}");
    Reply badMetadata = broker().http().post(pactPath("vi-p", "vi-a", sha) + "/metadata/!!/verification-results",
        "{\"success\":true,\"providerApplicationVersion\":\"1\"}");

    GoldenFiles golden = GoldenFiles.in("verification-errors");
    assertThat(missing.status()).isEqualTo(400);
    golden.assertMatches("missing-fields.json", PRETTY.writeValueAsString(missing.json()) + "\n");
    assertThat(wrong.status()).isEqualTo(400);
    golden.assertMatches("wrong-fields.json", PRETTY.writeValueAsString(wrong.json()) + "\n");
    assertThat(badMetadata.status()).isEqualTo(400);
    golden.assertMatches("bad-metadata.json", PRETTY.writeValueAsString(badMetadata.json()) + "\n");
    assertThat(seed().longs("SELECT COUNT(*) FROM verifications v JOIN pacticipants p ON p.id = v.provider_id"
        + " WHERE p.name = 'vi-p'")).containsExactly(0L);
    assertThat(seed().longs("SELECT COUNT(*) FROM versions v JOIN pacticipants p ON p.id = v.pacticipant_id"
        + " WHERE p.name = 'vi-p'")).containsExactly(0L);
  }

  @Test
  void anExistingProviderVersionIsReused() {
    String sha = seed().pact("ve-a", "1", "ve-p", "a");
    long existing = seed().version("ve-p", "7.0");

    broker().http().post(pactPath("ve-p", "ve-a", sha) + "/verification-results", "{\"success\":true,\"providerApplicationVersion\":\"7.0\"}");
    broker().http().post(pactPath("ve-p", "ve-a", sha) + "/verification-results", "{\"success\":true,\"providerApplicationVersion\":\"7.1\"}");

    assertThat(seed().longs("SELECT provider_version_id FROM verifications v JOIN pacticipants p ON p.id = v.provider_id"
        + " WHERE p.name = 've-p' ORDER BY v.id")).first().isEqualTo(existing);
    // Two versions, and the one the verification created is the newest (ordered after 7.0).
    assertThat(seed().longs("SELECT id FROM versions WHERE pacticipant_id = (SELECT id FROM pacticipants"
        + " WHERE name = 've-p') ORDER BY version_order")).hasSize(2).first().isEqualTo(existing);
  }
}
