package dev.treaty.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Message;
import dev.treaty.contract.ProviderState;
import dev.treaty.verify.FakeProvider.Reply;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpMessageProducerTest {
  private static final ProviderState STATE = new ProviderState("order has shipped", Map.of("id", IntNode.valueOf(42)));

  @Test
  void postsDescriptionAndStatesAndReadsContentsAndMetadata() throws Exception {
    String metadata = Base64.getEncoder().encodeToString(
        "{\"topic\":\"orders\",\"key\":42}".getBytes(StandardCharsets.UTF_8));
    try (FakeProvider provider = FakeProvider.start(r -> new Reply(200,
            Map.of("Content-Type", "application/json", HttpMessageProducer.METADATA_HEADER, metadata),
            "{\"orderId\": 42, \"status\": \"SHIPPED\"}"));
        HttpMessageProducer producer = new HttpMessageProducer(url(provider), Duration.ofSeconds(5))) {
      Message message = producer.produce("an OrderShipped event", List.of(STATE));

      FakeProvider.Received posted = provider.received().get(0);
      assertThat(posted.method()).isEqualTo("POST");
      assertThat(posted.path()).isEqualTo("/_messages");
      assertThat(posted.body()).isEqualTo("{\"description\":\"an OrderShipped event\","
          + "\"providerStates\":[{\"name\":\"order has shipped\",\"params\":{\"id\":42}}]}");
      assertThat(message.contents()).isInstanceOf(Body.Json.class);
      assertThat(((Body.Json) message.contents()).value().get("status").asText()).isEqualTo("SHIPPED");
      assertThat(message.metadata()).containsOnlyKeys("contentType", "topic", "key");
      assertThat(message.metadata().get("topic").asText()).isEqualTo("orders");
      assertThat(message.metadata().get("contentType").asText()).isEqualTo("application/json");
    }
  }

  @Test
  void metadataHeaderOverridesTheContentType() throws Exception {
    String metadata = Base64.getEncoder().encodeToString(
        "{\"contentType\":\"application/vnd.orders+json\"}".getBytes(StandardCharsets.UTF_8));
    try (FakeProvider provider = FakeProvider.start(r -> new Reply(200,
            Map.of("Content-Type", "application/json", HttpMessageProducer.METADATA_HEADER, metadata), "{}"));
        HttpMessageProducer producer = new HttpMessageProducer(url(provider), Duration.ofSeconds(5))) {
      assertThat(producer.produce("e", List.of()).metadata().get("contentType").asText())
          .isEqualTo("application/vnd.orders+json");
    }
  }

  @Test
  void errorStatusFailsWithUrlDescriptionStatusAndBody() {
    try (FakeProvider provider = FakeProvider.start(r -> new Reply(404, Map.of(), "no producer for that"));
        HttpMessageProducer producer = new HttpMessageProducer(url(provider), Duration.ofSeconds(5))) {
      assertThatThrownBy(() -> producer.produce("an OrderShipped event", List.of(STATE)))
          .isInstanceOf(IOException.class)
          .hasMessage("POST " + url(provider) + " for message \"an OrderShipped event\" answered HTTP 404: no producer for that");
    }
  }

  @Test
  void metadataThatIsNotBase64JsonIsAClearError() {
    try (FakeProvider provider = FakeProvider.start(r -> new Reply(200,
            Map.of(HttpMessageProducer.METADATA_HEADER, "not base64!"), "{}"));
        HttpMessageProducer producer = new HttpMessageProducer(url(provider), Duration.ofSeconds(5))) {
      assertThatThrownBy(() -> producer.produce("e", List.of()))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("POST " + url(provider) + " for message \"e\": the Pact-Message-Metadata header is not base64-encoded JSON");
    }
  }

  private static URI url(FakeProvider server) {
    return URI.create(server.baseUrl() + "/_messages");
  }
}
