package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.fuzz.Framing;
import dev.treaty.broker.fuzz.RawHttpClient;
import dev.treaty.broker.fuzz.RawReply;
import dev.treaty.broker.fuzz.RawRequest;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.RunningBroker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Requests Jetty refuses before any route runs get the broker's problem JSON naming what was wrong
 * (not Jetty's HTML page), and never a 5xx: found by {@code BrokerFuzzIT}. Sent over a raw socket,
 * since no HTTP client library sends these.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ProtocolErrorsTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;

  @Test
  void aControlCharacterInTheRequestLineIsA400InProblemJson() throws IOException {
    JsonNode problem = problem(send("GET", "/health\u0000", "HTTP/1.1", List.of()), 400);

    assertThat(problem.get("detail").asText()).isEqualTo("The request is not valid HTTP/1.1 the broker can read: Illegal character CNTL=0x0");
  }

  @Test
  void anUnknownProtocolVersionIs400Not505() throws IOException {
    JsonNode problem = problem(send("GET", "/health", "FOO/1.1", List.of()), 400);

    assertThat(problem.get("detail").asText()).isEqualTo("The request is not valid HTTP/1.1 the broker can read: Unknown Version");
  }

  @Test
  void anEmptyRequestTargetIs400Not505() throws IOException {
    problem(send("GET", "", "HTTP/1.1", List.of()), 400);
  }

  @Test
  void headersTooLargeAre431InProblemJsonForEveryMethod() throws IOException {
    JsonNode problem = problem(send("DELETE", "/environments/x", "HTTP/1.1", List.of(new RawRequest.Header("X-Huge", "a".repeat(9_000)))), 431);

    assertThat(problem.get("detail").asText()).startsWith("The request headers are too large (");
  }

  @Test
  void aRequestLineTooLongIs414InProblemJson() throws IOException {
    JsonNode problem = problem(send("GET", "/pacticipants?x=" + "a".repeat(9_000), "HTTP/1.1", List.of()), 414);

    assertThat(problem.get("detail").asText()).endsWith("; send long values in a request body");
  }

  @Test
  void aRequestWithoutHostIs400InProblemJson() throws IOException {
    JsonNode problem = problem(send("GET", "/health", "HTTP/1.1", null), 400);

    assertThat(problem.get("detail").asText()).isEqualTo("The request is not valid HTTP/1.1 the broker can read: No Host");
  }

  @Test
  void aUtf16PercentEscapeInAPathIs400NotA500() throws IOException {
    RawReply reply = send("GET", "/pacticipants/%u0041", "HTTP/1.1", List.of());

    JsonNode problem = problem(reply, 400);
    assertThat(problem.get("detail").asText()).startsWith("The request is not valid HTTP/1.1 the broker can read: ");
  }

  /** {@code headers} null sends no Host header; otherwise Host comes first. */
  private RawReply send(String method, String target, String version, List<RawRequest.Header> headers) {
    RunningBroker broker = BROKERS.get(backend);
    List<RawRequest.Header> all = new ArrayList<>();
    if (headers != null) {
      all.add(new RawRequest.Header("Host", "127.0.0.1:" + broker.broker().port()));
      all.addAll(headers);
    }
    try (RawHttpClient client = new RawHttpClient("127.0.0.1", broker.broker().port(), 10_000)) {
      return client.send(new RawRequest(method, target, version, all, null, new Framing.Exact()));
    }
  }

  private static JsonNode problem(RawReply reply, int status) throws IOException {
    assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/hal+json");
    JsonNode body = JsonTrees.MAPPER.readTree(reply.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("title").asText()).isNotBlank();
    return body;
  }
}
