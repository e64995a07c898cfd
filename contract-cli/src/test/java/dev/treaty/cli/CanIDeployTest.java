package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.cli.OrderProvider.Breakage;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 13's release gate through {@code treaty} only, against the real broker on H2 and
 * PostgreSQL: publish, can-i-deploy (no, then yes), verify, record deployments and undeployments,
 * a breaking provider, polling, JSON output and release trains.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class CanIDeployTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameter Backend backend;
  @TempDir Path dir;

  private Gate gate() {
    return new Gate(BROKERS.get(backend), dir);
  }

  private CliRun verify(Gate gate, Breakage breakage, String provider, String version) {
    try (OrderProvider running = OrderProvider.start(breakage)) {
      return gate.treaty("verify", "--provider", provider, "--provider-base-url", running.baseUrl(),
          "--provider-states-url", running.statesUrl(), "--provider-version", version, "--provider-branch", "main", "--publish");
    }
  }

  @Test
  void publishNoVerifyDeployYesThenABreakingProviderIsRefusedUntilItsConsumerIsUndeployed() throws Exception {
    Gate gate = gate();
    gate.environment("story");
    gate.publish("shop-web", "1.0.0", "shop-api");

    CliRun unverified = gate.treaty("can-i-deploy", "--pacticipant", "shop-web", "--version", "1.0.0", "--to-environment", "story");
    assertThat(unverified.exitCode()).isEqualTo(1);
    Golden.assertMatches(unverified.out(), "can-i-deploy-unverified");

    CliRun verified = verify(gate, Breakage.NONE, "shop-api", "2.0.0");
    assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();
    CliRun deployed = gate.treaty("record-deployment", "--pacticipant", "shop-api", "--version", "2.0.0", "--environment", "story");
    assertThat(deployed.exitCode()).isZero();
    Golden.assertMatches(deployed.out(), "record-deployment");

    CliRun yes = gate.treaty("can-i-deploy", "--pacticipant", "shop-web", "--version", "1.0.0", "--to-environment", "story");
    assertThat(yes.exitCode()).as(yes.out()).isZero();
    Golden.assertMatches(yes.out(), "can-i-deploy-yes");

    gate.deploy("shop-web", "1.0.0", "story");
    assertThat(verify(gate, Breakage.RENAMED_FIELD, "shop-api", "3.0.0").exitCode()).isEqualTo(1);
    CliRun breaking = gate.treaty("can-i-deploy", "--pacticipant", "shop-api", "--version", "3.0.0", "--to-environment", "story");
    assertThat(breaking.exitCode()).isEqualTo(1);
    Golden.assertMatches(breaking.out(), "can-i-deploy-breaking");

    CliRun undeployed = gate.treaty("record-undeployment", "--pacticipant", "shop-web", "--environment", "story");
    assertThat(undeployed.exitCode()).isZero();
    assertThat(undeployed.out()).isEqualTo("Recorded undeployment of shop-web version 1.0.0 from story in <broker>.\n");
    CliRun through = gate.treaty("can-i-deploy", "--pacticipant", "shop-api", "--version", "3.0.0", "--to-environment", "story");
    assertThat(through.exitCode()).as(through.out()).isZero();
  }

  @Test
  void versionIsThePacticipantVersionAndReachesTheBroker() {
    CliRun run = gate().treaty("can-i-deploy", "--pacticipant", "a", "--version", "1.0.0", "--to-environment", "production");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("0.1.0-SNAPSHOT");
    Golden.assertMatches(run.err(), "can-i-deploy-unknown-pacticipant");
  }

  @Test
  void retryWhileUnknownPollsUntilTheResultArrives() throws Exception {
    Gate gate = gate();
    gate.environment("poll");
    gate.publish("poll-web", "1.0.0", "poll-api");
    gate.deploy("poll-api", "2.0.0", "poll");

    CompletableFuture<CliRun> asking = CompletableFuture.supplyAsync(() -> gate.treaty("can-i-deploy", "--pacticipant", "poll-web",
        "--version", "1.0.0", "--to-environment", "poll", "--retry-while-unknown", "50", "--retry-interval", "0.1"));
    Thread.sleep(500);
    gate.verify("poll-web", "1.0.0", "poll-api", "2.0.0", true);
    CliRun run = asking.get(30, TimeUnit.SECONDS);

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).startsWith("Waiting for 1 verification result (retry 1 of 50, in 0.1 s)\n").contains("Computer says yes");
  }

  @Test
  void retriesAreBoundedAndUnknownStaysNo() throws Exception {
    Gate gate = gate();
    gate.environment("bounded");
    gate.publish("bounded-web", "1.0.0", "bounded-api");
    gate.deploy("bounded-api", "2.0.0", "bounded");

    CliRun run = gate.treaty("can-i-deploy", "--pacticipant", "bounded-web", "--version", "1.0.0", "--to-environment", "bounded",
        "--retry-while-unknown", "2", "--retry-interval", "0.05");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("(retry 2 of 2, in 0.05 s)").doesNotContain("retry 3").contains("Computer says no");
  }

  @Test
  void jsonOutputIsTheBrokersAnswerAndDryRunExitsZeroSayingSo() throws Exception {
    Gate gate = gate();
    gate.publish("json-web", "1.0.0", "json-api");

    CliRun run = gate.treaty("can-i-deploy", "-a", "json-web", "-e", "1.0.0", "--to-environment", "production", "--output", "json");
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode answer = JSON.readTree(run.out());
    assertThat(answer.at("/summary/deployable").isNull()).isTrue();
    assertThat(answer.at("/matrix/0/provider/name").asText()).isEqualTo("json-api");

    CliRun dry = gate.treaty("can-i-deploy", "--pacticipant", "json-web", "--version", "1.0.0", "--to-environment", "production", "--dry-run");
    assertThat(dry.exitCode()).isZero();
    assertThat(dry.out()).startsWith("Computer says no");
    assertThat(dry.err()).isEqualTo("treaty: dry run: the answer is unknown, but --dry-run exits 0\n");
  }

  @Test
  void releaseTrainOfAConsumerAndAProviderIsCheckedTogether() throws Exception {
    Gate gate = gate();
    gate.environment("train");
    gate.publish("train-web", "2.0.0", "train-api");
    gate.verify("train-web", "2.0.0", "train-api", "4.0.0", true);

    CliRun alone = gate.treaty("can-i-deploy", "--pacticipant", "train-web", "--version", "2.0.0", "--to-environment", "train");
    assertThat(alone.exitCode()).as("train-api 4.0.0 is not deployed yet").isEqualTo(1);

    CliRun together = gate.treaty("can-i-deploy", "--pacticipant", "train-web", "--version", "2.0.0",
        "--pacticipant", "train-api", "--version", "4.0.0", "--to-environment", "train");
    assertThat(together.exitCode()).as(together.out()).isZero();
    Golden.assertMatches(together.out(), "can-i-deploy-release-train");

    gate.verify("train-web", "2.0.0", "train-api", "5.0.0", false);
    CliRun broken = gate.treaty("can-i-deploy", "--pacticipant", "train-web", "--version", "2.0.0",
        "--pacticipant", "train-api", "--version", "5.0.0", "--to-environment", "train");
    assertThat(broken.exitCode()).isEqualTo(1);
    assertThat(broken.out()).contains("train-web | 2.0.0     | train-api | 5.0.0     | false").contains(Gate.MISMATCH);
  }

  /**
   * {@code rail-web 1.0.0} and {@code rail-api 1.0.0} are deployed; the train is {@code rail-web
   * 2.0.0} (other content), which the old api fails, and {@code rail-api 2.0.0}, which verified it.
   */
  private Gate railway(String environment) throws Exception {
    Gate gate = gate();
    gate.environment(environment);
    String web = environment + "-web";
    String api = environment + "-api";
    gate.publish(web, "1.0.0", api);
    gate.verify(web, "1.0.0", api, "1.0.0", true);
    gate.deploy(web, "1.0.0", environment);
    gate.deploy(api, "1.0.0", environment);
    gate.publishChanged(web, "2.0.0", api, " with the customer");
    gate.verify(web, "2.0.0", api, "1.0.0", false);
    gate.verify(web, "2.0.0", api, "2.0.0", true);
    return gate;
  }

  @Test
  void aReleaseTrainGetsTheOrderThatKeepsTheEnvironmentWorking() throws Exception {
    Gate gate = railway("rail");
    gate.verify("rail-web", "1.0.0", "rail-api", "2.0.0", true);

    CliRun train = gate.treaty("can-i-deploy", "--pacticipant", "rail-web", "--version", "2.0.0",
        "--pacticipant", "rail-api", "--version", "2.0.0", "--to-environment", "rail");

    assertThat(train.exitCode()).as(train.out()).isZero();
    Golden.assertMatches(train.out(), "can-i-deploy-train-order");
    CliRun json = gate.treaty("can-i-deploy", "--pacticipant", "rail-web", "--version", "2.0.0",
        "--pacticipant", "rail-api", "--version", "2.0.0", "--to-environment", "rail", "--output", "json");
    JsonNode order = JSON.readTree(json.out()).get("deployOrder");
    assertThat(order.get("possible").asBoolean()).isTrue();
    assertThat(order.at("/steps/0/pacticipant").asText()).isEqualTo("rail-api");
    assertThat(order.at("/steps/1/pacticipant").asText()).isEqualTo("rail-web");
  }

  @Test
  void aReleaseTrainWithoutASafeOrderSaysWhy() throws Exception {
    Gate gate = railway("loop");
    gate.verify("loop-web", "1.0.0", "loop-api", "2.0.0", false);

    CliRun train = gate.treaty("can-i-deploy", "--pacticipant", "loop-web", "--version", "2.0.0",
        "--pacticipant", "loop-api", "--version", "2.0.0", "--to-environment", "loop");

    assertThat(train.exitCode()).as("once both are deployed they work: " + train.out()).isZero();
    Golden.assertMatches(train.out(), "can-i-deploy-train-no-order");
  }

  @Test
  void latestWithATagABranchAndTheMainBranchChooseTheVersionAsThePactCliDoes() throws Exception {
    Gate gate = gate();
    gate.publish("pick-web", "1.0.0", "pick-api");
    CliRun tagged = gate.treaty("publish", gate.pact("pick-web", "pick-api").toString(), "--consumer-version", "2.0.0",
        "--branch", "feat/x", "--tag", "rc");
    assertThat(tagged.exitCode()).as(tagged.err()).isZero();

    assertThat(rowOf(gate, "--latest")).contains("pick-web | 2.0.0");
    assertThat(rowOf(gate, "--latest", "rc")).contains("pick-web | 2.0.0");
    assertThat(rowOf(gate, "-l", "rc")).contains("pick-web | 2.0.0");
    assertThat(rowOf(gate, "--branch", "feat/x")).contains("pick-web | 2.0.0");
    assertThat(rowOf(gate, "--main-branch")).contains("pick-web | 1.0.0");

    CliRun noSuchTag = gate.treaty("can-i-deploy", "--pacticipant", "pick-web", "--latest", "gone", "--to-environment", "production");
    assertThat(noSuchTag.exitCode()).isEqualTo(1);
    assertThat(noSuchTag.out()).contains("No version with tag gone exists for pick-web");
    CliRun both = gate.treaty("can-i-deploy", "--pacticipant", "pick-web", "--version", "1.0.0", "--latest", "--to-environment", "production");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).startsWith("treaty: --pacticipant pick-web needs exactly one of --version VERSION, --latest [TAG],"
        + " --branch BRANCH or --main-branch after it, got --version 1.0.0 and --latest\n");
  }

  /** The table row of can-i-deploy for {@code pick-web} chosen by {@code choice}, to production. */
  private static String rowOf(Gate gate, String... choice) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("can-i-deploy", "--pacticipant", "pick-web"));
    args.addAll(java.util.List.of(choice));
    args.addAll(java.util.List.of("--to-environment", "production"));
    CliRun run = gate.treaty(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    return run.out().lines().filter(l -> l.startsWith("pick-web ")).findFirst().orElse(run.out());
  }

  @Test
  void toBranchToTagAndIgnoreAskTheMatrixThatWay() throws Exception {
    Gate gate = gate();
    gate.publish("branch-web", "1.0.0", "branch-api");

    CliRun toBranch = gate.treaty("can-i-deploy", "--pacticipant", "branch-web", "--version", "1.0.0", "--to-branch", "main");
    assertThat(toBranch.exitCode()).isEqualTo(1);
    assertThat(toBranch.out()).contains("branch-web | 1.0.0     | branch-api");

    CliRun ignored = gate.treaty("can-i-deploy", "--pacticipant", "branch-web", "--version", "1.0.0", "--to", "prod",
        "--ignore", "branch-api");
    assertThat(ignored.exitCode()).as(ignored.out()).isZero();

    CliRun matrix = gate.treaty("matrix", "--pacticipant", "branch-web", "--version", "1.0.0");
    assertThat(matrix.exitCode()).isZero();
    Golden.assertMatches(matrix.out(), "matrix-unverified");
  }

  @Test
  void twoTargetsOrAVersionWithoutItsPacticipantAreUsageErrors() {
    CliRun twoTargets = gate().treaty("can-i-deploy", "--pacticipant", "a", "--version", "1", "--to-environment", "e", "--to", "t");
    assertThat(twoTargets.exitCode()).isEqualTo(2);
    assertThat(twoTargets.err()).startsWith("treaty: Error: --to-environment=NAME, --to=TAG are mutually exclusive (specify only one)\n");

    CliRun noVersion = gate().treaty("can-i-deploy", "--pacticipant", "a", "--to-environment", "e");
    assertThat(noVersion.exitCode()).isEqualTo(2);
    assertThat(noVersion.err()).startsWith("treaty: --pacticipant a needs exactly one of --version VERSION, --latest [TAG],"
        + " --branch BRANCH or --main-branch after it, got none\n");
  }
}
