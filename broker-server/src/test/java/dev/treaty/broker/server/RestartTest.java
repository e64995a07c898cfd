package dev.treaty.broker.server;

import static dev.treaty.broker.testing.PactFixtures.pact;
import static dev.treaty.broker.testing.PactFixtures.publishRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.RunningBroker;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class RestartTest {
  @Parameter Backend backend;

  @Test
  void aBrokerRestartedOnTheSameDataFindsEverything() {
    BrokerConfig config = RunningBroker.baseConfig(backend).build();
    String pactVersion;
    try (TreatyBroker first = TreatyBroker.start(config)) {
      BrokerHttp http = new BrokerHttp(first.url());
      http.post("/contracts/publish", publishRequest("RsA", "1", "feature/x", List.of("prod"), "RsB", pact("RsA", "RsB", "a")));
      http.put("/pacticipants/RsA", "{\"team\":\"orders\"}");
      pactVersion = http.get("/pacts/provider/RsB/consumer/RsA/latest").json().at("/_links/pb:pact-version/href").asText()
          .replace(first.url().toString(), "");
    }

    try (TreatyBroker second = TreatyBroker.start(config)) {
      BrokerHttp http = new BrokerHttp(second.url());
      JsonNode version = http.get("/pacticipants/RsA/versions/1").json();
      assertThat(version.at("/_embedded/branchVersions/0/name").asText()).isEqualTo("feature/x");
      assertThat(version.at("/_embedded/tags/0/name").asText()).isEqualTo("prod");
      assertThat(http.get("/pacticipants/RsA").json().get("team").asText()).isEqualTo("orders");
      assertThat(http.get(pactVersion).json().at("/interactions/0/description").asText()).isEqualTo("a");
      http.post("/contracts/publish", publishRequest("RsA", "2", null, List.of(), "RsB", pact("RsA", "RsB", "b")));
      assertThat(http.get("/pacticipants/RsA/latest-version").json().get("number").asText()).isEqualTo("2");
    }
  }
}
