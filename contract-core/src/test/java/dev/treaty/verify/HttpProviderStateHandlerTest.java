package dev.treaty.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.treaty.contract.ProviderState;
import dev.treaty.verify.FakeProvider.Reply;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpProviderStateHandlerTest {
  private static final ProviderState STATE = new ProviderState("order exists", Map.of("id", IntNode.valueOf(42)));

  @Test
  void setupPostsStateParamsAndActionAndReturnsTheAnswersFields() throws Exception {
    try (FakeProvider states = FakeProvider.start(r -> Reply.json(200, "{\"id\": 7, \"name\": \"x\"}"));
        HttpProviderStateHandler handler = HttpProviderStateHandler.of(url(states))) {
      Map<String, Object> values = handler.setUp(STATE);

      FakeProvider.Received posted = states.received().get(0);
      assertThat(posted.method()).isEqualTo("POST");
      assertThat(posted.path()).isEqualTo("/_states");
      assertThat(posted.header("Content-Type")).startsWith("application/json");
      assertThat(posted.body()).isEqualTo("{\"state\":\"order exists\",\"params\":{\"id\":42},\"action\":\"setup\"}");
      assertThat(values).containsOnlyKeys("id", "name");
      assertThat(values.get("id").toString()).isEqualTo("7");
    }
  }

  @Test
  void teardownPostsTheTeardownAction() throws Exception {
    try (FakeProvider states = FakeProvider.start(r -> Reply.status(200));
        HttpProviderStateHandler handler = HttpProviderStateHandler.of(url(states))) {
      handler.tearDown(STATE);

      assertThat(states.received().get(0).body()).endsWith("\"action\":\"teardown\"}");
    }
  }

  @Test
  void emptyOrNonObjectAnswerGivesNoValues() throws Exception {
    try (FakeProvider states = FakeProvider.start(r -> new Reply(200, Map.of(), "OK"));
        HttpProviderStateHandler handler = HttpProviderStateHandler.of(url(states))) {
      assertThat(handler.setUp(STATE)).isEmpty();
    }
  }

  @Test
  void errorStatusFailsWithUrlStatusAndBody() {
    try (FakeProvider states = FakeProvider.start(r -> new Reply(500, Map.of(), "no such state"));
        HttpProviderStateHandler handler = HttpProviderStateHandler.of(url(states))) {
      assertThatThrownBy(() -> handler.setUp(STATE))
          .isInstanceOf(IOException.class)
          .hasMessage("POST " + url(states) + " (setup) answered HTTP 500: no such state");
    }
  }

  private static URI url(FakeProvider server) {
    return URI.create(server.baseUrl() + "/_states");
  }
}
