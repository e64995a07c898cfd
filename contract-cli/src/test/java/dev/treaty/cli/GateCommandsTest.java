package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokersPerBackend;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The environment, deployment, release and version commands of {@code treaty} against the real
 * broker on H2 and PostgreSQL, refusals included.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class GateCommandsTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameter Backend backend;
  @TempDir Path dir;

  private Gate gate() {
    return new Gate(BROKERS.get(backend), dir);
  }

  @Test
  void environmentsAreCreatedListedDescribedAndUpdated() {
    Gate gate = gate();
    CliRun created = gate.treaty("create-environment", "--name", "uat", "--display-name", "UAT", "--production",
        "--contact-name", "Team Orders", "--contact-email-address", "orders@example.com");
    assertThat(created.exitCode()).as(created.err()).isZero();
    Golden.assertMatches(created.out(), "create-environment");

    CliRun listed = gate.treaty("list-environments");
    assertThat(listed.exitCode()).isZero();
    assertThat(listed.out()).startsWith("UUID ").containsPattern("\\| NAME +\\| DISPLAY NAME +\\| PRODUCTION\n")
        .containsPattern("<uuid> \\| uat +\\| UAT +\\| true\n").containsPattern("<uuid> \\| production +\\| Production +\\| true\n");

    CliRun updated = gate.treaty("update-environment", "--environment", "uat", "--display-name", "User acceptance", "--no-production");
    assertThat(updated.exitCode()).as(updated.err()).isZero();
    Golden.assertMatches(updated.out(), "update-environment");

    CliRun described = gate.treaty("describe-environment", "--name", "uat");
    assertThat(described.exitCode()).isZero();
    assertThat(described.out()).contains("display name: User acceptance").contains("production:   false")
        .contains("contact:      Team Orders <orders@example.com>");

    String uuid = BROKERS.get(backend).http().get("/environments?name=uat").json().at("/_embedded/environments/0/uuid").asText();
    CliRun byUuid = CliRun.withEnvironment(java.util.Map.of(), "describe-environment", "--uuid", uuid, "--broker", BROKERS.get(backend).url());
    assertThat(byUuid.exitCode()).isZero();
    assertThat(byUuid.out()).contains("  uuid:         " + uuid);
    CliRun renamed = gate.treaty("update-environment", "--uuid", uuid, "--name", "acceptance");
    assertThat(renamed.exitCode()).isZero();
    assertThat(renamed.out()).contains("  name:         acceptance\n").contains("display name: User acceptance");
  }

  @Test
  void aTakenNameIsTheBrokersRefusalAndAnUnknownEnvironmentNamesTheKnownOnes() {
    Gate gate = gate();
    CliRun taken = gate.treaty("create-environment", "--name", "production");
    assertThat(taken.exitCode()).isEqualTo(1);
    Golden.assertMatches(taken.err(), "create-environment-taken");

    CliRun unknown = gate.treaty("record-deployment", "--pacticipant", "web", "--version", "1", "--environment", "prod");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).startsWith("treaty: recording the deployment of web 1 to prod failed: the broker <broker> has no"
        + " environment 'prod'; it knows: ").contains("production").endsWith("; create it with: treaty create-environment --name prod\n");

    CliRun describe = gate.treaty("describe-environment", "--name", "prod");
    assertThat(describe.exitCode()).isEqualTo(1);
    assertThat(describe.err()).contains("has no environment 'prod'; it knows: ");
  }

  @Test
  void deploymentsAndReleasesAreRecordedEndedAndDescribed() throws Exception {
    Gate gate = gate();
    gate.environment("live");
    CliRun first = gate.treaty("record-deployment", "--pacticipant", "svc", "--version", "1.0.0", "--environment", "live",
        "--application-instance", "eu");
    assertThat(first.exitCode()).isZero();
    Golden.assertMatches(first.out(), "record-deployment-unknown-version");
    gate.publish("svc", "1.0.0", "svc-db");
    CliRun released = gate.treaty("record-release", "--pacticipant", "svc", "--version", "1.0.0", "--environment", "live");
    assertThat(released.exitCode()).isZero();
    assertThat(released.out()).isEqualTo("Recorded release of svc version 1.0.0 to live in <broker>.\n");

    CliRun described = gate.treaty("describe-version", "--pacticipant", "svc", "--version", "1.0.0");
    assertThat(described.exitCode()).isZero();
    Golden.assertMatches(described.out(), "describe-version");
    CliRun json = gate.treaty("describe-version", "--pacticipant", "svc", "--version", "1.0.0", "--output", "json");
    assertThat(JSON.readTree(json.out()).get("number").asText()).isEqualTo("1.0.0");

    CliRun ended = gate.treaty("record-support-ended", "--pacticipant", "svc", "--version", "1.0.0", "--environment", "live");
    assertThat(ended.exitCode()).isZero();
    assertThat(ended.out()).isEqualTo("Recorded support ended of svc version 1.0.0 in live in <broker>.\n");
    CliRun again = gate.treaty("record-support-ended", "--pacticipant", "svc", "--version", "1.0.0", "--environment", "live");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).isEqualTo("treaty: recording the end of support of svc 1.0.0 in live failed: svc 1.0.0 is not"
        + " released and supported in live; released and supported there: nothing\n");

    CliRun otherInstance = gate.treaty("record-undeployment", "--pacticipant", "svc", "--environment", "live", "--application-instance", "us");
    assertThat(otherInstance.exitCode()).isEqualTo(1);
    Golden.assertMatches(otherInstance.err(), "record-undeployment-not-deployed");
    CliRun undeployed = gate.treaty("record-undeployment", "--pacticipant", "svc", "--environment", "live", "--application-instance", "eu");
    assertThat(undeployed.exitCode()).isZero();
    assertThat(undeployed.out()).isEqualTo("Recorded undeployment of svc version 1.0.0 from live (application instance eu) in <broker>.\n");
    assertThat(gate.treaty("describe-version", "--pacticipant", "svc", "--version", "1.0.0").out())
        .contains("  deployed to: (none)\n  released to: (none)\n");
  }

  @Test
  void withOutputJsonEveryGateCommandPrintsWhatTheBrokerAnswered() throws Exception {
    Gate gate = gate();
    com.fasterxml.jackson.databind.JsonNode created = json(gate, "create-environment", "--name", "js-env", "--display-name", "JS");
    assertThat(created.get("name").asText()).isEqualTo("js-env");
    assertThat(created.get("uuid").asText()).isEqualTo("<uuid>");
    assertThat(json(gate, "update-environment", "--environment", "js-env", "--display-name", "JSON").get("displayName").asText()).isEqualTo("JSON");
    assertThat(json(gate, "describe-environment", "--name", "js-env").get("displayName").asText()).isEqualTo("JSON");
    assertThat(json(gate, "list-environments").at("/_embedded/environments").findValuesAsText("name")).contains("js-env", "production");

    com.fasterxml.jackson.databind.JsonNode deployed = json(gate, "record-deployment", "--pacticipant", "js-svc", "--version", "1.0.0",
        "--environment", "js-env");
    assertThat(deployed.get("currentlyDeployed").asBoolean()).as(deployed.toString()).isTrue();
    assertThat(deployed.get("notices").get(0).get("text").asText()).contains("js-svc");
    com.fasterxml.jackson.databind.JsonNode released = json(gate, "record-release", "--pacticipant", "js-svc", "--version", "1.0.0",
        "--environment", "js-env");
    assertThat(released.get("currentlySupported").asBoolean()).as(released.toString()).isTrue();
    assertThat(json(gate, "describe-version", "--pacticipant", "js-svc", "--version", "1.0.0").get("number").asText()).isEqualTo("1.0.0");

    com.fasterxml.jackson.databind.JsonNode undeployed = json(gate, "record-undeployment", "--pacticipant", "js-svc", "--environment", "js-env");
    assertThat(undeployed.isArray()).isTrue();
    assertThat(undeployed.get(0).get("currentlyDeployed").asBoolean()).as(undeployed.toString()).isFalse();
    com.fasterxml.jackson.databind.JsonNode ended = json(gate, "record-support-ended", "--pacticipant", "js-svc", "--version", "1.0.0",
        "--environment", "js-env");
    assertThat(ended.get(0).get("currentlySupported").asBoolean()).as(ended.toString()).isFalse();

    CliRun text = gate.treaty("list-environments", "--output", "text");
    assertThat(text.out()).as("text is the Ruby CLI's name for the table").startsWith("UUID ");
  }

  /** Runs {@code treaty args --output json}, which must succeed and print one JSON document. */
  private com.fasterxml.jackson.databind.JsonNode json(Gate gate, String... args) throws Exception {
    String[] withJson = java.util.Arrays.copyOf(args, args.length + 2);
    withJson[args.length] = "--output";
    withJson[args.length + 1] = "json";
    CliRun run = gate.treaty(withJson);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void anUnknownVersionIsDescribedAsUnknown() {
    CliRun run = gate().treaty("describe-version", "--pacticipant", "nobody", "--version", "9.9.9");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("treaty: describing nobody version 9.9.9 failed: the broker <broker> has no version 9.9.9 of"
        + " nobody; publish a pact or a verification result for it, or check the name and number\n");
  }
}
