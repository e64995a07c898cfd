package dev.treaty.broker.interop;

import static dev.treaty.broker.interop.PactFiles.Expectation.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.interop.PactCli.Run;
import dev.treaty.broker.interop.PactFiles.Spec;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.RunningBroker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Ruby-based {@code pact-broker} (npm {@code @pact-foundation/pact-cli@16.1.7}, the
 * pact_broker-client gem) against a running broker: publish and the version commands.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RubyPactBrokerCliIT {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;
  @TempDir Path dir;

  RunningBroker broker() {
    return BROKERS.get(backend);
  }

  BrokerReads reads() {
    return new BrokerReads(broker().http());
  }

  String name(String role) {
    return "ruby-" + role + "-" + backend.name().toLowerCase();
  }

  Run pactBroker(String command, String... options) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(List.of(options));
    args.addAll(List.of("--broker-base-url", broker().url()));
    return PactCli.ruby().run(dir, args);
  }

  @Test
  void publishesWithBranchAndTagsAndPrintsTheBrokersNotice() {
    String consumer = name("web");
    String provider = name("orders");
    Path pact = PactFiles.write(dir, Spec.V3, consumer, provider, List.of(order(1, "PAID"), order(2, "SHIPPED")));

    Run run = pactBroker("publish", pact.toString(), "--consumer-app-version", "1.0.0", "--branch", "main", "--tag", "dev", "--tag", "qa");

    assertThat(run.exitCode()).as(run::describe).isZero();
    assertThat(run.output()).as(run::describe).contains(consumer).contains("1.0.0").contains(provider);
    assertThat(reads().pact(consumer, "1.0.0", provider).at("/interactions").size()).isEqualTo(2);
    assertThat(reads().branches(consumer, "1.0.0")).containsExactly("main");
    assertThat(reads().tags(consumer, "1.0.0")).containsExactlyInAnyOrder("dev", "qa");
  }

  @Test
  void republishingIdenticalContentSucceedsAndChangedContentIsRefused() {
    String consumer = name("conflict-web");
    String provider = name("conflict-orders");
    Path original = PactFiles.write(dir.resolve("a"), Spec.V4, consumer, provider, List.of(order(1, "PAID")));
    Path changed = PactFiles.write(dir.resolve("b"), Spec.V4, consumer, provider, List.of(order(1, "SHIPPED")));

    Run first = pactBroker("publish", original.toString(), "--consumer-app-version", "2.0.0", "--branch", "main");
    Run again = pactBroker("publish", original.toString(), "--consumer-app-version", "2.0.0", "--branch", "main");
    Run conflicting = pactBroker("publish", changed.toString(), "--consumer-app-version", "2.0.0", "--branch", "main");

    assertThat(first.exitCode()).as(first::describe).isZero();
    assertThat(again.exitCode()).as(again::describe).isZero();
    assertThat(conflicting.exitCode()).as(conflicting::describe).isNotZero();
    assertThat(conflicting.output()).as(conflicting::describe).containsIgnoringCase("cannot change the content");
    assertThat(reads().pact(consumer, "2.0.0", provider).at("/interactions/0/response/body/content/status").asText())
        .as("the published pact is unchanged").isEqualTo("PAID");
  }

  @Test
  void createsVersionsWithBranchesAndTagsAndDescribesThem() {
    String app = name("app");

    Run create = pactBroker("create-or-update-version", "--pacticipant", app, "--version", "5.0.0", "--branch", "release/5");
    Run tag = pactBroker("create-version-tag", "--pacticipant", app, "--version", "5.0.0", "--tag", "prod");
    Run describe = pactBroker("describe-version", "--pacticipant", app, "--version", "5.0.0", "--output", "json");

    assertThat(create.exitCode()).as(create::describe).isZero();
    assertThat(tag.exitCode()).as(tag::describe).isZero();
    assertThat(describe.exitCode()).as(describe::describe).isZero();
    assertThat(describe.output()).as(describe::describe).contains("\"number\"").contains("5.0.0");
    assertThat(reads().branches(app, "5.0.0")).containsExactly("release/5");
    assertThat(reads().tags(app, "5.0.0")).containsExactly("prod");
  }

  @Test
  void describingAnUnknownVersionFails() {
    pactBroker("create-or-update-version", "--pacticipant", name("known"), "--version", "1");

    Run describe = pactBroker("describe-version", "--pacticipant", name("known"), "--version", "9.9.9");

    assertThat(describe.exitCode()).as(describe::describe).isNotZero();
    assertThat(describe.output()).as(describe::describe).containsIgnoringCase("version not found");
  }
}
