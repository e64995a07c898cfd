package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokersPerBackend;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Error bodies are UTF-8 JSON whichever type the client asks for (found by BrokerFuzzIT: problem+json was ISO-8859-1). */
@ParameterizedClass
@EnumSource(Backend.class)
class ErrorBodiesTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;

  @Test
  void aProblemJsonErrorKeepsNonAsciiNames() {
    Reply reply = BROKERS.get(backend).http().send("GET", "/pacticipants/caf%C3%A9-%E6%97%A5%E6%9C%AC", null,
        Map.of("Accept", "application/problem+json"));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().get("detail").asText()).contains("café-日本");
  }
}
