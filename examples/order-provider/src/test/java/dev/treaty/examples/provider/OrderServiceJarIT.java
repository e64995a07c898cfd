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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick tour, step 4, from outside the JVM: the packaged {@code order-service.jar}
 * runs as a process with its verification endpoints, and the order-consumer's contract (HTTP
 * interactions and the message) is verified over HTTP only, as {@code treaty verify
 * --provider-states-url ... --message-producer-url ...} does it.
 */
class OrderServiceJarIT {
  private static final Path JAR = Path.of("target", "order-service.jar");
  private static final Path CONTRACTS = Path.of("..", "order-consumer", "target", "contracts");

  @Test
  void theRunningServicePassesEveryInteractionThroughItsVerificationEndpoints(@TempDir Path logs) throws Exception {
    assertThat(JAR).as("run 'mvn package' first: the shaded jar").isRegularFile();
    int port = freePort();
    Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString(), "--port", Integer.toString(port), "--verification-endpoints")
        .redirectErrorStream(true).redirectOutput(logs.resolve("service.log").toFile()).start();
    try {
      awaitListening(service, port, logs.resolve("service.log"));
      String base = "http://localhost:" + port;
      VerificationReport report;
      try (HttpProviderStateHandler states = new HttpProviderStateHandler(URI.create(base + "/_pact/provider-states"), Duration.ofSeconds(10));
          HttpMessageProducer messages = new HttpMessageProducer(URI.create(base + "/_pact/messages"), Duration.ofSeconds(10));
          ProviderVerifier verifier = ProviderVerifier.builder().baseUrl(base).stateHandler(states)
              .messageProducer(messages).build()) {
        report = verifier.verify(ContractSource.directory(CONTRACTS), "order-service");
      }

      assertThat(report.results()).as(VerificationSummaryRenderer.render(report)).hasSize(5)
          .allSatisfy(result -> assertThat(result.outcome()).isEqualTo(Outcome.PASSED));
    } finally {
      service.destroy();
      service.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static void awaitListening(Process service, int port, Path log) throws Exception {
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

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
