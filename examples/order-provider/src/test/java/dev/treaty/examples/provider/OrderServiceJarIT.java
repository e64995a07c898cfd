package dev.treaty.examples.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.treaty.verify.ContractSource;
import dev.treaty.verify.HttpMessageProducer;
import dev.treaty.verify.HttpProviderStateHandler;
import dev.treaty.verify.Outcome;
import dev.treaty.verify.ProviderVerifier;
import dev.treaty.verify.VerificationReport;
import dev.treaty.verify.VerificationSummaryRenderer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's quick tour, step 4, from outside the JVM: the packaged {@code order-service.jar}
 * runs as a process with its verification endpoints, and the order-consumer's contract (HTTP
 * interactions and the message) is verified over HTTP only: by Treaty, as {@code treaty verify
 * --provider-states-url ... --message-producer-url ...} does it, and by the Rust Pact verifier,
 * which proves the endpoints follow the Pact conventions.
 */
class OrderServiceJarIT {
  private static final Path JAR = Path.of("target", "order-service.jar");
  private static final Path CONTRACT = Path.of("..", "order-consumer", "target", "contracts", "order-web-order-service.json");
  private static Process service;
  private static String base;
  private static int port;
  private static Path log;

  @BeforeAll
  static void startTheJar() throws Exception {
    assertThat(JAR).as("run 'mvn package' first: the shaded jar").isRegularFile();
    port = freePort();
    base = "http://localhost:" + port;
    log = Files.createTempFile("order-service", ".log");
    service = new ProcessBuilder(javaExecutable(), "-jar", JAR.toString(), "--port", Integer.toString(port),
        "--verification-endpoints").redirectErrorStream(true).redirectOutput(log.toFile()).start();
    awaitListening();
  }

  @AfterAll
  static void stopTheJar() throws InterruptedException {
    if (service != null) {
      service.destroy();
      service.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void treatyVerifiesEveryInteractionThroughTheVerificationEndpoints() {
    VerificationReport report;
    try (HttpProviderStateHandler states = new HttpProviderStateHandler(URI.create(base + "/_pact/provider-states"), Duration.ofSeconds(10));
        HttpMessageProducer messages = new HttpMessageProducer(URI.create(base + "/_pact/messages"), Duration.ofSeconds(10));
        ProviderVerifier verifier = ProviderVerifier.builder().baseUrl(base).stateHandler(states)
            .messageProducer(messages).build()) {
      report = verifier.verify(ContractSource.file(CONTRACT), "order-service");
    }

    assertThat(report.results()).as(VerificationSummaryRenderer.render(report)).hasSize(5)
        .allSatisfy(result -> assertThat(result.outcome()).isEqualTo(Outcome.PASSED));
  }

  @Test
  void theRustPactVerifierVerifiesTheSameContractThroughTheSameEndpoints() throws Exception {
    Path pact = rustPactCli();
    Path output = Files.createTempFile("pact-verifier", ".log");
    ProcessBuilder builder = new ProcessBuilder(pact.toString(), "verifier", "--file", CONTRACT.toString(),
        "--hostname", "localhost", "--port", Integer.toString(port),
        "--state-change-url", base + "/_pact/provider-states", "--state-change-teardown")
        .redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().put("PACT_DO_NOT_TRACK", "true");
    Process verifier = builder.start();
    if (!verifier.waitFor(120, TimeUnit.SECONDS)) {
      verifier.destroyForcibly();
      fail("pact verifier did not finish within 120 s:%n%s", Files.readString(output));
    }

    String printed = Files.readString(output);
    assertThat(verifier.exitValue()).as(printed).isZero();
    assertThat(printed).contains("an OrderShipped event", "get order 42", "place an order").doesNotContain("Failures:");
  }

  /**
   * The Rust Pact CLI that {@code .ci/run} installs: {@code TREATY_PACT_CLI_RUST}, else the
   * repository's {@code .tools/}. Missing, the test fails when {@code TREATY_REQUIRE_PACT_CLI=true}
   * (CI) and is aborted with a loud warning otherwise, never skipped silently.
   */
  private static Path rustPactCli() {
    String variable = System.getenv("TREATY_PACT_CLI_RUST");
    Path cli = variable == null || variable.isBlank()
        ? Path.of("..", "..", ".tools", "pact-cli-18.1.2", "node_modules", "@pact-foundation",
            "pact-cli-linux-x64", "standalone", "pact")
        : Path.of(variable);
    if (Files.isExecutable(cli)) {
      return cli;
    }
    String reason = "the Rust Pact CLI (@pact-foundation/pact-cli 18.1.2) is not installed at " + cli
        + "; run .ci/run or set TREATY_PACT_CLI_RUST";
    if ("true".equalsIgnoreCase(System.getenv("TREATY_REQUIRE_PACT_CLI"))) {
      throw new IllegalStateException(reason + " (TREATY_REQUIRE_PACT_CLI=true)");
    }
    System.err.println("WARNING: " + reason + "; this interoperability test is ABORTED");
    Assumptions.abort(reason);
    return null;
  }

  private static void awaitListening() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!service.isAlive()) {
        fail("order-service.jar exited with %d:%n%s", service.exitValue(), Files.readString(log));
      }
      try (Socket ignored = new Socket("localhost", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    fail("order-service.jar did not listen on %d within 30 s:%n%s", port, Files.readString(log));
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
