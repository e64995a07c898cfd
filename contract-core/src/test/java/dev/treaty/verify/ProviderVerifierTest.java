package dev.treaty.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.Body;
import dev.treaty.contract.Contract;
import dev.treaty.contract.Message;
import dev.treaty.matching.Part;
import dev.treaty.verify.FakeProvider.Reply;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderVerifierTest {
  private static final String ORDER = "{\"id\": 42, \"total\": 9.99}";

  @Test
  void matchingResponsePasses() {
    try (FakeProvider provider = FakeProvider.start(r -> Reply.json(200, ORDER));
        ProviderVerifier verifier = verifier(provider, new RecordingStateHandler())) {
      VerificationReport report = verifier.verify("order-service", List.of(loaded(Pacts.v3("[" + Pacts.GET_ORDER + "]"))));

      assertThat(report.results()).extracting(InteractionResult::outcome).containsExactly(Outcome.PASSED);
      assertThat(report.succeeded()).isTrue();
      assertThat(provider.received()).extracting(FakeProvider.Received::path).containsExactly("/orders/42");
    }
  }

  @Test
  void numberAsStringFailsWithEveryMismatchAndItsPath() {
    try (FakeProvider provider = FakeProvider.start(r -> Reply.json(201, "{\"id\": 42, \"total\": \"9.99\"}"));
        ProviderVerifier verifier = verifier(provider, new RecordingStateHandler())) {
      InteractionResult result = verifyOnly(verifier, Pacts.v3("[" + Pacts.GET_ORDER + "]"));

      assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(result.mismatches()).extracting(m -> m.part() + " " + m.path())
          .containsExactlyInAnyOrder(Part.STATUS + " ", Part.BODY + " $.total");
      assertThat(result.failsRun()).isTrue();
    }
  }

  @Test
  void statesAreSetUpWithParamsBeforeTheRequestAndTornDownAfter() {
    RecordingStateHandler states = new RecordingStateHandler();
    List<String> events = new ArrayList<>();
    try (FakeProvider provider = FakeProvider.start(r -> {
          events.add("request after " + List.copyOf(states.calls));
          return Reply.json(200, ORDER);
        });
        ProviderVerifier verifier = verifier(provider, states)) {
      verifyOnly(verifier, Pacts.v3("[" + Pacts.GET_ORDER + "]"));

      assertThat(events).containsExactly("request after [setup order 42 exists {id=42}]");
      assertThat(states.calls).containsExactly("setup order 42 exists {id=42}", "teardown order 42 exists");
    }
  }

  @Test
  void failingStateSetupIsAnErrorNamingTheStateAndSendsNoRequest() {
    RecordingStateHandler states = new RecordingStateHandler(Map.of(), "order 42 exists");
    try (FakeProvider provider = FakeProvider.start(r -> Reply.json(200, ORDER));
        ProviderVerifier verifier = verifier(provider, states)) {
      InteractionResult result = verifyOnly(verifier, Pacts.v3("[" + Pacts.GET_ORDER + "]"));

      assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(result.error()).isEqualTo("provider state \"order 42 exists\" setup failed: database is down");
      assertThat(result.cause()).isInstanceOf(IllegalStateException.class);
      assertThat(provider.received()).isEmpty();
    }
  }

  @Test
  void interactionWithStatesButNoHandlerErrorsSayingHowToConfigureOne() {
    try (FakeProvider provider = FakeProvider.start(r -> Reply.json(200, ORDER));
        ProviderVerifier verifier = ProviderVerifier.builder().baseUrl(provider.baseUrl()).build()) {
      InteractionResult result = verifyOnly(verifier, Pacts.v3("[" + Pacts.GET_ORDER + "]"));

      assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(result.error()).isEqualTo("provider state \"order 42 exists\" cannot be set up: no state"
          + " handler is configured; give one with ProviderVerifier.builder().stateHandler(...)"
          + " (CLI: --provider-states-url)");
    }
  }

  @Test
  void connectionRefusedIsAnErrorNamingTheUrl() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (ProviderVerifier verifier = ProviderVerifier.builder().baseUrl("http://localhost:" + port).build()) {
      InteractionResult result = verifyOnly(verifier, Pacts.v3("[" + Pacts.HEALTH + "]"));

      assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(result.error()).isEqualTo("GET http://localhost:" + port + "/health failed: connection refused"
          + " (localhost:" + port + "); is the provider running at the base URL?");
    }
  }

  @Test
  void slowProviderTimesOutAsAnError() {
    try (FakeProvider provider = FakeProvider.start(r -> {
          sleep(1500);
          return Reply.status(200);
        });
        ProviderVerifier verifier = ProviderVerifier.builder().baseUrl(provider.baseUrl())
            .timeout(Duration.ofMillis(300)).build()) {
      InteractionResult result = verifyOnly(verifier, Pacts.v3("[" + Pacts.HEALTH + "]"));

      assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(result.error()).isEqualTo("GET " + provider.baseUrl() + "/health timed out after 300ms;"
          + " is the provider running and answering? raise the timeout if it is slow");
    }
  }

  @Test
  void oneFailingInteractionDoesNotStopTheOthers() {
    try (FakeProvider provider = FakeProvider.start(
            r -> r.path().equals("/health") ? Reply.status(503) : Reply.json(200, ORDER));
        ProviderVerifier verifier = verifier(provider, new RecordingStateHandler())) {
      Contract contract = Pacts.v3("[" + Pacts.HEALTH + "," + Pacts.GET_ORDER + "]");
      VerificationReport report = verifier.verify("order-service", List.of(loaded(contract)));

      assertThat(report.results()).extracting(InteractionResult::outcome)
          .containsExactly(Outcome.FAILED, Outcome.PASSED);
      assertThat(report.succeeded()).isFalse();
    }
  }

  @Test
  void pendingContractFailureIsPendingAndDoesNotFailTheRun() {
    try (FakeProvider provider = FakeProvider.start(r -> Reply.status(500));
        ProviderVerifier verifier = verifier(provider, new RecordingStateHandler())) {
      LoadedContract pending = loaded(Pacts.v3("[" + Pacts.HEALTH + "]")).withPending(true);
      VerificationReport report = verifier.verify("order-service", List.of(pending));

      assertThat(report.results()).extracting(InteractionResult::outcome).containsExactly(Outcome.PENDING);
      assertThat(report.results().get(0).mismatches()).isNotEmpty();
      assertThat(report.succeeded()).isTrue();
    }
  }

  @Test
  void providerStateValuesFillThePathAndBody() {
    String interaction = """
        {"description": "update order", "providerStates": [{"name": "an order", "params": {"id": 7}}],
         "request": {"method": "PUT", "path": "/orders/1", "headers": {"Content-Type": "application/json"},
           "body": {"id": 1, "note": "x"},
           "generators": {"path": {"type": "ProviderState", "expression": "/orders/${id}"},
             "body": {"$.id": {"type": "ProviderState", "expression": "${id}", "dataType": "INTEGER"},
                      "$.note": {"type": "ProviderState", "expression": "by ${user}"}}}},
         "response": {"status": 204}}
        """;
    RecordingStateHandler states = new RecordingStateHandler(Map.of("user", "ann"), null);
    try (FakeProvider provider = FakeProvider.start(r -> Reply.status(204));
        ProviderVerifier verifier = verifier(provider, states)) {
      InteractionResult result = verifyOnly(verifier, Pacts.v3("[" + interaction + "]"));

      assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
      FakeProvider.Received received = provider.received().get(0);
      assertThat(received.path()).isEqualTo("/orders/7");
      assertThat(received.body()).isEqualTo("{\"id\":7,\"note\":\"by ann\"}");
    }
  }

  @Test
  void requestFiltersRunInOrderAndBasePathPrefixesThePath() {
    try (FakeProvider provider = FakeProvider.start(r -> Reply.status(200));
        ProviderVerifier verifier = ProviderVerifier.builder()
            .baseUrl(provider.baseUrl() + "/api/")
            .requestFilter(RequestFilter.header("Authorization", "Bearer one"))
            .requestFilter(RequestFilter.header("Authorization", "Bearer two"))
            .build()) {
      verifyOnly(verifier, Pacts.v3("[" + Pacts.HEALTH + "]"));

      FakeProvider.Received received = provider.received().get(0);
      assertThat(received.path()).isEqualTo("/api/health");
      assertThat(received.header("Authorization")).isEqualTo("Bearer two");
    }
  }

  @Test
  void messageInteractionsMatchWhatTheProducerReturns() throws Exception {
    String interactions = """
        [{"type": "Asynchronous/Messages", "description": "order shipped",
          "contents": {"content": {"id": 42}, "contentType": "application/json", "encoded": false},
          "matchingRules": {"body": {"$.id": {"combine": "AND", "matchers": [{"match": "integer"}]}}}},
         {"type": "Asynchronous/Messages", "description": "order cancelled",
          "contents": {"content": {"id": 42}, "contentType": "application/json", "encoded": false}}]
        """;
    ObjectMapper json = new ObjectMapper();
    MessageProducer producer = (description, states) -> Message.of(Body.json(json.readTree(
        description.equals("order shipped") ? "{\"id\": 7}" : "{\"id\": \"42\"}")));
    try (ProviderVerifier verifier = ProviderVerifier.builder().messageProducer(producer).build()) {
      VerificationReport report = verifier.verify("order-service", List.of(loaded(Pacts.v4(interactions))));

      assertThat(report.results()).extracting(InteractionResult::outcome)
          .containsExactly(Outcome.PASSED, Outcome.FAILED);
      assertThat(report.results().get(1).mismatches()).extracting(m -> m.path()).containsExactly("$.id");
    }
  }

  @Test
  void httpInteractionWithoutBaseUrlErrorsSayingHowToSetIt() {
    try (ProviderVerifier verifier = ProviderVerifier.builder().build()) {
      InteractionResult result = verifyOnly(verifier, Pacts.v3("[" + Pacts.HEALTH + "]"));

      assertThat(result.error()).isEqualTo("no provider base URL is configured; give one with"
          + " ProviderVerifier.builder().baseUrl(\"http://localhost:8080\") (CLI: --provider-base-url)");
    }
  }

  @Test
  void badBaseUrlIsRejectedWithTheValueAndAnExample() {
    assertThatThrownBy(() -> ProviderVerifier.builder().baseUrl("localhost:8080"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provider base URL \"localhost:8080\" is not usable: the scheme must be http or https;"
            + " give scheme, host, port and optional base path, such as http://localhost:8080/api");
  }

  @Test
  void connectionsAreReusedUnlessSwitchedOff() {
    Contract twice = Pacts.v3("[" + Pacts.HEALTH + "," + Pacts.HEALTH.replace("health check", "again") + "]");
    try (FakeProvider provider = FakeProvider.start(r -> Reply.status(200));
        ProviderVerifier reusing = ProviderVerifier.builder().baseUrl(provider.baseUrl()).build();
        ProviderVerifier fresh = ProviderVerifier.builder().baseUrl(provider.baseUrl())
            .reuseConnections(false).build()) {
      reusing.verify("order-service", List.of(loaded(twice)));
      fresh.verify("order-service", List.of(loaded(twice)));

      List<Integer> ports = provider.received().stream().map(FakeProvider.Received::clientPort).toList();
      assertThat(ports.get(0)).isEqualTo(ports.get(1));
      assertThat(ports.get(2)).isNotEqualTo(ports.get(3));
    }
  }

  @Test
  void verifiersFromNewBuilderShareTheConnectionAndKeepTheirOwnSettings() {
    Contract health = Pacts.v3("[" + Pacts.HEALTH + "]");
    try (FakeProvider provider = FakeProvider.start(r -> {
          if (r.path().startsWith("/slow")) {
            sleep(700);
          }
          return Reply.status(200);
        });
        ProviderVerifier root = ProviderVerifier.builder().baseUrl(provider.baseUrl()).build()) {
      try (ProviderVerifier first = root.newBuilder().requestFilter(RequestFilter.header("X-Run", "1")).build()) {
        assertThat(verifyOnly(first, health).outcome()).isEqualTo(Outcome.PASSED);
      }
      try (ProviderVerifier second = root.newBuilder().baseUrl(provider.baseUrl() + "/slow")
          .timeout(Duration.ofMillis(300)).build()) {
        assertThat(verifyOnly(second, health).error()).contains("/slow/health timed out after 300ms");
      }
      assertThat(verifyOnly(root, health).outcome()).isEqualTo(Outcome.PASSED);

      List<FakeProvider.Received> received = provider.received();
      assertThat(received).extracting(FakeProvider.Received::path).containsExactly("/health", "/slow/health", "/health");
      assertThat(received.get(0).header("X-Run")).isEqualTo("1");
      assertThat(received.get(2).header("X-Run")).isNull();
      assertThat(received.get(1).clientPort()).isEqualTo(received.get(0).clientPort());
    }
  }

  @Test
  void newBuilderCannotChangeConnectionReuseOfTheSharedClient() {
    try (ProviderVerifier root = ProviderVerifier.builder().build()) {
      assertThatThrownBy(() -> root.newBuilder().reuseConnections(false).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("reuseConnections(false) cannot change on a verifier that shares the HTTP client of one"
              + " built with reuseConnections(true); set it on the builder of the first verifier");
    }
  }

  @Test
  void publisherReceivesEachContractsResults() {
    List<String> published = new ArrayList<>();
    try (FakeProvider provider = FakeProvider.start(r -> Reply.status(200));
        ProviderVerifier verifier = ProviderVerifier.builder().baseUrl(provider.baseUrl())
            .resultsPublisher((contract, results) -> published.add(contract.location() + " " + results.size()))
            .build()) {
      verifier.verify("order-service", List.of(loaded(Pacts.v3("[" + Pacts.HEALTH + "]"))));

      assertThat(published).containsExactly("test.json 1");
    }
  }

  private static ProviderVerifier verifier(FakeProvider provider, ProviderStateHandler states) {
    return ProviderVerifier.builder().baseUrl(provider.baseUrl()).stateHandler(states).build();
  }

  private static InteractionResult verifyOnly(ProviderVerifier verifier, Contract contract) {
    return verifier.verify(loaded(contract), contract.interactions().get(0));
  }

  private static LoadedContract loaded(Contract contract) {
    return LoadedContract.of(contract, "test.json");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
