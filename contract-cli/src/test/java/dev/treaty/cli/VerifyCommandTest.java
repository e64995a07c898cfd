package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.PactSpecVersion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.cli.OrderProvider.Breakage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
  @TempDir static Path pacts;

  @BeforeAll
  static void writePactWithPactJvm() {
    VerifierPacts.write(pacts, PactSpecVersion.V3);
  }

  @Test
  void passingProviderPrintsOneLineAndExitsZero() {
    try (OrderProvider provider = OrderProvider.start(Breakage.NONE)) {
      CliRun run = verify(provider, Breakage.NONE);

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).isEqualTo("order-api: 2 interactions, 2 passed, 0 failed, 0 errors, 0 pending: OK\n");
    }
  }

  @Test
  void failingProviderPrintsEachMismatchAndExitsOne() {
    try (OrderProvider provider = OrderProvider.start(Breakage.RENAMED_FIELD)) {
      CliRun run = verify(provider, Breakage.RENAMED_FIELD).relativeTo(pacts, "pacts");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).isEmpty();
      Golden.assertMatches(run.out(), "verify-renamed-field");
    }
  }

  @Test
  void ignoredStateFailsNamingTheStatusAndTheState() {
    try (OrderProvider provider = OrderProvider.start(Breakage.STATE_IGNORED)) {
      CliRun run = verify(provider, Breakage.STATE_IGNORED).relativeTo(pacts, "pacts");

      assertThat(run.exitCode()).isEqualTo(1);
      Golden.assertMatches(run.out(), "verify-state-ignored");
    }
  }

  @Test
  void providerThatIsNotRunningIsAnErrorAndExitsOne() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    CliRun run = CliRun.of("verify", pacts.toString(), "--provider", "order-api",
        "--provider-base-url", "http://localhost:" + port, "--provider-states-url",
        "http://localhost:" + port + "/_states");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("order-api: 2 interactions, 0 passed, 0 failed, 2 errors, 0 pending: FAILED\n");
    assertThat(run.out()).contains("POST http://localhost:" + port + "/orders failed: connection refused");
  }

  @Test
  void jsonReportGoesToTheOutputFileAndTheSummaryToStandardOutput(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.json");
    try (OrderProvider provider = OrderProvider.start(Breakage.NONE)) {
      CliRun run = CliRun.of("verify", pacts.toString(), "--provider", "order-api",
          "--provider-base-url", provider.baseUrl(), "--provider-states-url", provider.statesUrl(),
          "--output", "json", "--output-file", file.toString());

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).startsWith("order-api: 2 interactions, 2 passed");
      JsonNode report = new ObjectMapper().readTree(Files.readString(file));
      assertThat(report.path("succeeded").asBoolean()).isTrue();
    }
  }

  @Test
  void headerOptionIsSentWithEveryRequest() {
    try (OrderProvider provider = OrderProvider.start(Breakage.NONE)) {
      CliRun run = CliRun.of("verify", pacts.toString(), "--provider", "order-api",
          "--provider-base-url", provider.baseUrl(), "--provider-states-url", provider.statesUrl(),
          "--header", "Authorization: Bearer abc");

      assertThat(run.exitCode()).isZero();
      assertThat(provider.authorizations()).containsOnly("Bearer abc").hasSize(2);
    }
  }

  @Test
  void noContractsForTheProviderIsAUsageErrorNamingWhatWasSearched() {
    CliRun run = CliRun.of("verify", pacts.toString(), "--provider", "stock-api",
        "--provider-base-url", "http://localhost:1").relativeTo(pacts, "pacts");

    assertThat(run.exitCode()).isEqualTo(2);
    Golden.assertMatches(run.err(), "verify-no-contracts");
  }

  @Test
  void missingProviderIsAUsageError() {
    CliRun run = CliRun.of("verify", pacts.toString(), "--provider-base-url", "http://localhost:1");

    assertThat(run.exitCode()).isEqualTo(2);
    Golden.assertMatches(run.err(), "verify-missing-provider");
  }

  @Test
  void badBaseUrlIsAUsageErrorWithAnExample() {
    CliRun run = CliRun.of("verify", pacts.toString(), "--provider", "order-api", "--provider-base-url", "localhost:8080");

    assertThat(run.exitCode()).isEqualTo(2);
    Golden.assertMatches(run.err(), "verify-bad-base-url");
  }

  @Test
  void badHeaderAndTimeoutAreUsageErrors() {
    CliRun header = CliRun.of("verify", pacts.toString(), "--provider", "order-api",
        "--provider-base-url", "http://localhost:1", "--header", "Authorization Bearer");
    CliRun timeout = CliRun.of("verify", pacts.toString(), "--provider", "order-api",
        "--provider-base-url", "http://localhost:1", "--timeout", "soon");

    assertThat(header.exitCode()).isEqualTo(2);
    assertThat(header.err()).contains("'Authorization Bearer' is not a header; write it as \"Name: value\"");
    assertThat(timeout.exitCode()).isEqualTo(2);
    assertThat(timeout.err()).contains("'soon' is not a positive duration; write it like 10s, 500ms, 2m, 12h or 30d");
  }

  @Test
  void invalidPactFileExitsOneNamingTheFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("broken.json"), "{\"consumer\": 1}");

    CliRun run = CliRun.of("verify", dir.toString(), "--provider", "order-api",
        "--provider-base-url", "http://localhost:1").relativeTo(dir, "dir");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("treaty: contract file <dir>/broken.json is not a valid pact: ");
  }

  private static CliRun verify(OrderProvider provider, Breakage breakage) {
    return CliRun.of("verify", pacts.toString(), "--provider", "order-api",
        "--provider-base-url", provider.baseUrl(), "--provider-states-url", provider.statesUrl());
  }

  @Test
  void messagesComeFromTheMessageProducerUrl(@TempDir Path dir) throws IOException {
    MessagePacts.write(dir);
    try (MessageEndpoint endpoint = MessageEndpoint.start("{\"orderId\": 42, \"status\": \"SHIPPED\"}")) {
      CliRun run = CliRun.of("verify", dir.toString(), "--provider", "order-events",
          "--provider-base-url", endpoint.baseUrl(), "--provider-states-url", endpoint.baseUrl() + "/_states",
          "--message-producer-url", endpoint.baseUrl() + "/_messages");

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      assertThat(run.out()).isEqualTo("order-events: 1 interaction, 1 passed, 0 failed, 0 errors, 0 pending: OK\n");
      assertThat(endpoint.received()).containsExactly(
          "{\"description\":\"an OrderShipped event\",\"providerStates\":[{\"name\":\"order 42 has shipped\",\"params\":{}}]}");
    }
  }

  @Test
  void aWrongMessageFailsWithItsMismatchAndExitsOne(@TempDir Path dir) throws IOException {
    MessagePacts.write(dir);
    try (MessageEndpoint endpoint = MessageEndpoint.start("{\"orderId\": \"42\", \"status\": \"SHIPPED\"}")) {
      CliRun run = CliRun.of("verify", dir.toString(), "--provider", "order-events",
          "--provider-base-url", endpoint.baseUrl(), "--provider-states-url", endpoint.baseUrl() + "/_states",
          "--message-producer-url", endpoint.baseUrl() + "/_messages");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).contains("an OrderShipped event").contains("$.orderId");
    }
  }

  @Test
  void withoutAProducerAMessageIsAnErrorThatNamesTheOption(@TempDir Path dir) throws IOException {
    MessagePacts.write(dir);
    try (MessageEndpoint endpoint = MessageEndpoint.start("{}")) {
      CliRun run = CliRun.of("verify", dir.toString(), "--provider", "order-events",
          "--provider-base-url", endpoint.baseUrl(), "--provider-states-url", endpoint.baseUrl() + "/_states");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).contains("message \"an OrderShipped event\" cannot be produced: no message producer is"
          + " configured; give one (treaty verify: --message-producer-url;");
    }
  }

  @Test
  void badMessageProducerUrlIsAUsageErrorWithAnExample() {
    CliRun run = CliRun.of("verify", pacts.toString(), "--provider", "order-api",
        "--provider-base-url", "http://localhost:1", "--message-producer-url", "localhost/_messages");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--message-producer-url is not an http(s) URL: localhost/_messages; write it like"
        + " http://localhost:8080/_pact/messages");
  }
}
