package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokersPerBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code treaty token create|list|revoke} and the Pact-named credentials ({@code --broker-token},
 * {@code --broker-username/--broker-password}, {@code PACT_BROKER_*}) against a real broker with
 * access control on, on H2 and PostgreSQL.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class TokenCommandTest {
  static final String ADMIN = "cli-admin-secret-0123";
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend(config -> config.adminToken(ADMIN));

  @Parameter Backend backend;
  @TempDir Path dir;

  String url() {
    return BROKERS.get(backend).url();
  }

  CliRun admin(String... args) {
    return CliRun.withEnvironment(Map.of("TREATY_BROKER_URL", url(), "TREATY_BROKER_TOKEN", ADMIN), args);
  }

  String create(String name, String role) {
    CliRun run = admin("token", "create", "--role", role, "--name", name, "--expires-in", "30d");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("Created token '" + name + "' (" + role + ", id ").contains("expires ");
    return lines.get(lines.size() - 1);
  }

  Path pact(String consumer) throws Exception {
    Path file = dir.resolve(consumer + ".json");
    Files.writeString(file, PublishCommandTest.pact(consumer, "token-orders"));
    return file;
  }

  @Test
  void createPrintsTheTokenAloneOnTheLastLineAndItWorksAsThePactCliWouldSendIt() throws Exception {
    String token = create("ci-" + backend, "write");
    assertThat(token).startsWith("trt_").doesNotContain(" ");

    CliRun withPactNames = CliRun.withEnvironment(Map.of(), "publish", pact("pactnames-web").toString(),
        "--broker-base-url", url(), "--broker-token", token, "--consumer-version", "1.0.0");
    CliRun fromPactVariables = CliRun.withEnvironment(Map.of("PACT_BROKER_BASE_URL", url(), "PACT_BROKER_USERNAME", "ci",
        "PACT_BROKER_PASSWORD", token), "publish", pact("pactvars-web").toString(), "--consumer-version", "1.0.0");

    assertThat(withPactNames.exitCode()).as(withPactNames.err()).isZero();
    assertThat(fromPactVariables.exitCode()).as(fromPactVariables.err()).isZero();
  }

  @Test
  void aRefusalSaysWhichRoleIsNeededAndAMissingTokenHowToSendOne() throws Exception {
    String reader = create("reader-" + backend, "read");

    CliRun refused = CliRun.withEnvironment(Map.of("PACT_BROKER_BASE_URL", url(), "PACT_BROKER_TOKEN", reader),
        "publish", pact("refused-web").toString(), "--consumer-version", "1.0.0");
    CliRun anonymous = CliRun.withEnvironment(Map.of("PACT_BROKER_BASE_URL", url()), "list-environments");

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("403", "needs the write role", "token 'reader-" + backend + "' (role read)");
    assertThat(anonymous.exitCode()).isEqualTo(1);
    assertThat(anonymous.err()).contains("401", "--broker-token", "PACT_BROKER_TOKEN");
  }

  @Test
  void listShowsTokensWithoutSecretsAndRevokeStopsOne() {
    String token = create("doomed-" + backend, "read");
    String id = admin("token", "list").out().lines().filter(l -> l.contains("doomed-" + backend)).findFirst().orElseThrow().split(" ")[0];

    CliRun listed = admin("token", "list");
    CliRun revoked = admin("token", "revoke", id);
    CliRun after = CliRun.withEnvironment(Map.of("TREATY_BROKER_URL", url(), "TREATY_BROKER_TOKEN", token), "list-environments");

    assertThat(listed.out()).startsWith("ID ").contains("doomed-" + backend).contains("| read ").doesNotContain(token);
    assertThat(revoked.exitCode()).as(revoked.err()).isZero();
    assertThat(revoked.out()).startsWith("Revoked token 'doomed-" + backend + "' (read, id " + id + ")");
    assertThat(after.exitCode()).isEqualTo(1);
    assertThat(after.err()).contains("was revoked");
  }

  @Test
  void listAsJsonIsWhatTheBrokerAnsweredWithoutSecrets() throws Exception {
    String token = create("json-" + backend, "write");

    CliRun listed = admin("token", "list", "--output", "json");

    assertThat(listed.exitCode()).as(listed.err()).isZero();
    JsonNode tokens = new ObjectMapper().readTree(listed.out()).path("tokens");
    assertThat(tokens.findValuesAsText("name")).contains("json-" + backend);
    assertThat(listed.out()).doesNotContain(token);
  }

  @Test
  void usageMistakesExit2() {
    assertThat(admin("token", "create", "--role", "root", "--name", "x").exitCode()).isEqualTo(2);
    assertThat(admin("token", "create", "--role", "read", "--name", "x", "--expires-in", "soon").exitCode()).isEqualTo(2);
    assertThat(admin("token").exitCode()).isEqualTo(2);
    CliRun both = CliRun.withEnvironment(Map.of(), "list-environments", "--broker", url(), "--broker-token", "a",
        "--broker-username", "u", "--broker-password", "p");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("not both");
  }
}
