package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.RunningBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class IndexAndHealthTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;

  RunningBroker broker() {
    return BROKERS.get(backend);
  }

  @Test
  void indexIsHalWithTemplatedLinksMarked() {
    Reply reply = broker().http().get("/");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/hal+json");
    JsonNode links = reply.json().get("_links");
    assertThat(links.get("pb:publish-contracts").get("href").asText()).isEqualTo(broker().url() + "/contracts/publish");
    assertThat(links.get("pb:publish-contracts").has("templated")).isFalse();
    JsonNode forVerification = links.get("pb:provider-pacts-for-verification");
    assertThat(forVerification.get("href").asText()).isEqualTo(broker().url() + "/pacts/provider/{provider}/for-verification");
    assertThat(forVerification.get("templated").asBoolean()).isTrue();
  }

  @Test
  void healthSaysTheProcessIsUp() {
    Reply reply = broker().http().get("/health");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    assertThat(reply.json().get("status").asText()).isEqualTo("UP");
  }

  @Test
  void readySaysTheDatabaseIsUp() {
    Reply reply = broker().http().get("/ready");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("status").asText()).isEqualTo("UP");
    assertThat(reply.json().at("/checks/database").asText()).isEqualTo("UP");
    assertThat(reply.json().has("problem")).isFalse();
  }

  @Test
  void unknownRouteIsA404WithAJsonError() {
    Reply reply = broker().http().get("/no/such/thing");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("errors").get(0).asText()).contains("GET /no/such/thing");
  }
}
