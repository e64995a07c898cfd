package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.internal.api.FieldLimits;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokerSeed;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.PactFixtures;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every text value is held to {@link FieldLimits} before the database sees it: too long, a control
 * character or an unpaired surrogate is a 400 naming the field (body field, path parameter or
 * query parameter) and the limit, on both databases. Until issue 12 a name longer than its column
 * was a 500 on both, and a NUL a 500 on PostgreSQL (which cannot store one).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class FieldLimitsRoutesTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;

  BrokerHttp http() {
    return BROKERS.get(backend).http();
  }

  @Test
  void aPathParameterLongerThanItsColumnIs400NamingItAndTheLimit() {
    Reply reply = http().put("/pacticipants/" + "a".repeat(FieldLimits.NAME + 1) + "/versions/1/tags/t", "{}");

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().at("/errors/path parameter pacticipant/0").asText())
        .isEqualTo("is 256 characters long; at most 255 allowed");
  }

  @Test
  void aNameOfExactlyTheLimitIsStoredAndReadBackWhole() {
    String name = "b".repeat(FieldLimits.NAME - 1) + "é";

    Reply tagged = http().put("/pacticipants/" + name + "/versions/1/tags/t", "{}");

    assertThat(tagged.status()).as(tagged.body()).isBetween(200, 201);
    assertThat(http().get("/pacticipants/" + name).json().at("/name").asText()).isEqualTo(name);
  }

  @Test
  void aDisplayNameOfThreeHundredThousandCharactersIs400BeforeTheDatabase() {
    Reply reply = http().post("/environments", "{\"name\":\"fl-env\",\"production\":false,\"displayName\":\"" + "x".repeat(300_000) + "\"}");

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().at("/errors/displayName/0").asText()).isEqualTo("is 300000 characters long; at most 255 allowed");
    assertThat(http().get("/environments?name=fl-env").json().at("/_embedded/environments").size()).as("nothing stored").isZero();
  }

  @Test
  void aNulInABodyFieldIs400NamingTheFieldAndWhereTheCharacterIs() {
    assertThat(http().post("/pacticipants", "{\"name\":\"fl-nul\"}").status()).isEqualTo(201);

    Reply reply = http().patch("/pacticipants/fl-nul", "{\"displayName\":\"a\\u0000b\"}");

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().at("/errors/displayName/0").asText()).startsWith("contains the control character U+0000 at index 1;");
    assertThat(http().get("/pacticipants/fl-nul").json().at("/displayName").isMissingNode()
        || http().get("/pacticipants/fl-nul").json().at("/displayName").isNull()).as("unchanged").isTrue();
  }

  @Test
  void aNulInAQueryParameterIs400NamingTheParameter() {
    String uuid = http().post("/environments", "{\"name\":\"fl-q\",\"production\":false}").json().at("/uuid").asText();

    Reply reply = http().get("/environments/" + uuid + "/deployed-versions/currently-deployed?pacticipant=%00");

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().at("/errors/query parameter pacticipant/0").asText()).startsWith("contains the control character U+0000 at index 0;");
  }

  @Test
  void aPublicationNamesEveryOffendingFieldAtOnceAndStoresNothing() {
    String pact = PactFixtures.pact("fl-c", "fl-p", "a");
    List<String> tags = Collections.nCopies(FieldLimits.LIST_ENTRIES + 1, "t");
    String body = PactFixtures.publishRequest("fl-c", "1", "feature\u001b[31m", tags, "fl-p", pact);

    Reply reply = http().post("/contracts/publish", body);

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    JsonNode errors = reply.json().at("/errors");
    assertThat(errors.at("/branch/0").asText()).startsWith("contains the control character U+001B at index 7;");
    assertThat(errors.at("/tags/0").asText()).isEqualTo("has 101 entries; at most 100 allowed");
    assertThat(http().get("/pacticipants/fl-c/versions/1").status()).isEqualTo(404);
  }

  @Test
  void selectorsAndVerificationResultsAreHeldToTheSameLimits() {
    String sha = BrokerSeed.of(BROKERS.get(backend)).pact("fs-c", "1", "fs-p", "a");

    Reply selection = http().post("/pacts/provider/fs-p/for-verification",
        "{\"consumerVersionSelectors\":[{\"branch\":\"main\\u0000\"}],\"providerVersionBranch\":\"" + "m".repeat(256) + "\"}");
    Reply verification = http().post("/pacts/provider/fs-p/consumer/fs-c/pact-version/" + sha + "/verification-results",
        "{\"success\":true,\"providerApplicationVersion\":\"1\\u0000\",\"buildUrl\":\"http://ci/" + "u".repeat(2048) + "\"}");

    assertThat(selection.status()).as(selection.body()).isEqualTo(400);
    assertThat(selection.body()).contains("branch contains the control character U+0000 at index 4")
        .contains("is 256 characters long; at most 255 allowed");
    assertThat(verification.status()).as(verification.body()).isEqualTo(400);
    assertThat(verification.json().at("/errors/providerApplicationVersion/0").asText()).startsWith("contains the control character U+0000");
    assertThat(verification.json().at("/errors/buildUrl/0").asText()).isEqualTo("is 2058 characters long; at most 2048 allowed");
  }

  @Test
  void anUnpairedSurrogateIsRefusedWhileRealNonAsciiTextIsStoredFaithfully() {
    Reply surrogate = http().post("/pacticipants", "{\"name\":\"fl-\\ud800x\"}");
    String unicode = "Bestellungen-日本-😀-ß";
    Reply created = http().post("/pacticipants", "{\"name\":\"" + unicode + "\"}");

    assertThat(surrogate.status()).as(surrogate.body()).isEqualTo(400);
    assertThat(surrogate.json().at("/errors/name/0").asText()).startsWith("contains the unpaired surrogate U+D800 at index 3");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(http().get("/pacticipants/" + unicode).json().at("/name").asText()).isEqualTo(unicode);
  }
}
