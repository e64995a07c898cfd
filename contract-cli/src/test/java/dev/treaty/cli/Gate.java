package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.PactSpecVersion;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.interop.GateSteps;
import dev.treaty.broker.testing.RunningBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The release-gate tests' parts: {@code treaty} runs against a real broker with its URL, decision
 * ids and dates made stable for golden files, pacts written by pact-jvm, and verification results
 * published through the broker's API (as a verifier would).
 */
final class Gate {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String MISMATCH = GateSteps.MISMATCH;

  private final RunningBroker broker;
  private final Path dir;

  Gate(RunningBroker broker, Path dir) {
    this.broker = broker;
    this.dir = dir;
  }

  /** Runs {@code treaty args} with {@code TREATY_BROKER_URL} set, output made stable. */
  CliRun treaty(String... args) {
    CliRun run = CliRun.withEnvironment(Map.of("TREATY_BROKER_URL", broker.url()), args).replace(broker.url(), "<broker>");
    return new CliRun(run.exitCode(), stable(run.out()), stable(run.err()));
  }

  private static String stable(String text) {
    return text.replaceAll("/decisions/[0-9a-f-]{36}", "/decisions/<uuid>")
        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<uuid>")
        .replaceAll("\\d{4}-\\d\\d-\\d\\d(T[0-9:.+Z-]+)?", "<date>")
        .replaceAll("pact-version/[0-9a-f]{64}", "pact-version/<sha>");
  }

  /** The order pact (written by pact-jvm) between {@code consumer} and {@code provider}, as a file. */
  Path pact(String consumer, String provider) throws Exception {
    Path file = VerifierPacts.write(dir, PactSpecVersion.V3);
    ObjectNode pact = (ObjectNode) JSON.readTree(file.toFile());
    ((ObjectNode) pact.get("consumer")).put("name", consumer);
    ((ObjectNode) pact.get("provider")).put("name", provider);
    Path named = dir.resolve(consumer + "-" + provider + ".json");
    Files.delete(file);
    JSON.writeValue(named.toFile(), pact);
    return named;
  }

  /** Publishes the pact of {@code consumer} {@code version} with {@code provider} through {@code treaty publish}. */
  void publish(String consumer, String version, String provider) throws Exception {
    CliRun run = treaty("publish", pact(consumer, provider).toString(), "--consumer-version", version, "--branch", "main");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  /** Like {@link #publish}, but the first interaction's description gets {@code change}: other content, to verify apart. */
  void publishChanged(String consumer, String version, String provider, String change) throws Exception {
    Path file = pact(consumer, provider);
    ObjectNode pact = (ObjectNode) JSON.readTree(file.toFile());
    ObjectNode first = (ObjectNode) pact.get("interactions").get(0);
    first.put("description", first.get("description").asText() + change);
    JSON.writeValue(file.toFile(), pact);
    CliRun run = treaty("publish", file.toString(), "--consumer-version", version, "--branch", "main");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  /** Publishes a result of {@code provider} {@code providerVersion} verifying the consumer version's pact. */
  void verify(String consumer, String consumerVersion, String provider, String providerVersion, boolean success) {
    new GateSteps(broker.http()).verify(consumer, consumerVersion, provider, providerVersion, success);
  }

  /** {@code treaty create-environment --name name --no-production}, which must succeed. */
  void environment(String name) {
    CliRun run = treaty("create-environment", "--name", name, "--no-production");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  /** {@code treaty record-deployment}, which must succeed. */
  void deploy(String pacticipant, String version, String environment) {
    CliRun run = treaty("record-deployment", "--pacticipant", pacticipant, "--version", version, "--environment", environment);
    assertThat(run.exitCode()).as(run.err()).isZero();
  }
}
