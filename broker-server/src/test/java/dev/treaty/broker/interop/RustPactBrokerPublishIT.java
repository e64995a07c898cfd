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

/** The Rust {@code pact broker publish} (npm {@code @pact-foundation/pact-cli@18.1.2}) against a running broker. */
@ParameterizedClass
@EnumSource(Backend.class)
class RustPactBrokerPublishIT {
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
    return "rust-" + role + "-" + backend.name().toLowerCase();
  }

  Run publish(List<Path> files, String version, String... options) {
    List<String> args = new ArrayList<>(List.of("broker", "publish"));
    files.forEach(file -> args.add(file.toString()));
    args.addAll(List.of("--broker-base-url", broker().url(), "--consumer-app-version", version));
    args.addAll(List.of(options));
    return PactCli.rust().run(dir, args);
  }

  @Test
  void publishesV3AndV4PactsWithBranchAndTags() {
    String consumer = name("web");
    Path v3 = PactFiles.write(dir.resolve("v3"), Spec.V3, consumer, name("orders"), List.of(order(1, "PAID")));
    Path v4 = PactFiles.write(dir.resolve("v4"), Spec.V4, consumer, name("billing"), List.of(order(2, "PAID")));

    Run run = publish(List.of(v3, v4), "1.0.0", "--branch", "main", "--tag", "dev", "qa");

    assertThat(run.exitCode()).as(run::describe).isZero();
    assertThat(reads().pact(consumer, "1.0.0", name("orders")).at("/interactions/0/description").asText()).isEqualTo("get order 1");
    assertThat(reads().pact(consumer, "1.0.0", name("billing")).at("/interactions/0/description").asText()).isEqualTo("get order 2");
    assertThat(reads().branches(consumer, "1.0.0")).containsExactly("main");
    assertThat(reads().tags(consumer, "1.0.0")).containsExactlyInAnyOrder("dev", "qa");
  }

  @Test
  void republishingIdenticalContentSucceeds() {
    Path pact = PactFiles.write(dir, Spec.V4, name("again-web"), name("again-orders"), List.of(order(1, "PAID")));

    Run first = publish(List.of(pact), "2.0.0", "--branch", "main");
    Run second = publish(List.of(pact), "2.0.0", "--branch", "main");

    assertThat(first.exitCode()).as(first::describe).isZero();
    assertThat(second.exitCode()).as(second::describe).isZero();
  }

  @Test
  void changedContentForAPublishedVersionIsRefusedWithTheBrokersMessage() {
    String consumer = name("conflict-web");
    String provider = name("conflict-orders");
    Path original = PactFiles.write(dir.resolve("a"), Spec.V3, consumer, provider, List.of(order(1, "PAID")));
    Path changed = PactFiles.write(dir.resolve("b"), Spec.V3, consumer, provider, List.of(order(1, "SHIPPED")));

    Run first = publish(List.of(original), "3.0.0");
    Run conflicting = publish(List.of(changed), "3.0.0");

    assertThat(first.exitCode()).as(first::describe).isZero();
    assertThat(conflicting.exitCode()).as(conflicting::describe).isNotZero();
    assertThat(conflicting.output()).as(conflicting::describe).containsIgnoringCase("cannot change the content");
    assertThat(reads().pact(consumer, "3.0.0", provider).at("/interactions/0/response/body/status").asText())
        .as("the published pact is unchanged").isEqualTo("PAID");
  }
}
