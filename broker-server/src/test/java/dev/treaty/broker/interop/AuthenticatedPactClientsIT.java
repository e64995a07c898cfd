package dev.treaty.broker.interop;

import static dev.treaty.broker.interop.PactFiles.Expectation.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactBroker;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerAuth;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerConsumerVersionSelectors;
import au.com.dius.pact.provider.junitsupport.loader.SelectorBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.interop.PactCli.Run;
import dev.treaty.broker.interop.PactFiles.Spec;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.PactFixtures;
import dev.treaty.broker.testing.RunningBroker;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The real Pact clients against a broker with access control on (issue 14): the Rust CLI with
 * {@code --broker-token}, the Ruby CLI with {@code --broker-username/--broker-password} (preemptive
 * Basic, the token as the password), and pact-jvm's provider verification with basic auth, which
 * sends its credentials only after the broker's 401 challenge.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AuthenticatedPactClientsIT {
  static final String ADMIN = "interop-admin-secret-42";
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend(config -> config.adminToken(ADMIN));

  @Parameter Backend backend;
  @TempDir Path dir;

  RunningBroker broker() {
    return BROKERS.get(backend);
  }

  String name(String role) {
    return "auth-" + role + "-" + backend.name().toLowerCase();
  }

  String token(String name, String role) {
    Reply created = broker().http().send("POST", "/tokens", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}",
        Map.of("Authorization", "Bearer " + ADMIN));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("token").asText();
  }

  Run rustPublish(Path pact, String version, String... auth) {
    List<String> args = new java.util.ArrayList<>(List.of("broker", "publish", pact.toString(),
        "--broker-base-url", broker().url(), "--consumer-app-version", version, "--branch", "main"));
    args.addAll(List.of(auth));
    return PactCli.rust().run(dir, args);
  }

  @Test
  void theRustCliPublishesWithAWriteTokenAndIsRefusedWithAReadTokenOrNone() {
    Path pact = PactFiles.write(dir, Spec.V3, name("rust-web"), name("orders"), List.of(order(1, "PAID")));

    Run anonymous = rustPublish(pact, "1.0.0");
    Run reader = rustPublish(pact, "1.0.0", "--broker-token", token("rust-reader-" + backend, "read"));
    Run writer = rustPublish(pact, "1.0.0", "--broker-token", token("rust-writer-" + backend, "write"));

    assertThat(anonymous.exitCode()).as(anonymous::describe).isNotZero();
    assertThat(reader.exitCode()).as(reader::describe).isNotZero();
    assertThat(writer.exitCode()).as(writer::describe).isZero();
    Reply stored = broker().http().send("GET", "/pacticipants/" + name("rust-web") + "/versions/1.0.0", null,
        Map.of("Authorization", "Bearer " + ADMIN));
    assertThat(stored.status()).isEqualTo(200);
  }

  @Test
  void theRubyCliAuthenticatesWithBasicAuthAndOnlyAnAdminCreatesEnvironments() {
    String environment = "auth-staging-" + backend.name().toLowerCase();
    List<String> create = List.of("create-environment", "--name", environment, "--broker-base-url", broker().url(),
        "--broker-username", "ci");

    Run asWriter = PactCli.ruby().run(dir, concat(create, "--broker-password", token("ruby-writer-" + backend, "write")));
    Run asAdmin = PactCli.ruby().run(dir, concat(create, "--broker-password", ADMIN));

    assertThat(asWriter.exitCode()).as(asWriter::describe).isNotZero();
    assertThat(asWriter.output()).as(asWriter::describe).contains("needs the admin role");
    assertThat(asAdmin.exitCode()).as(asAdmin::describe).isZero();
  }

  @Test
  void pactJvmAnswersTheChallengeThenVerifiesAndPublishesWithAWriteToken() {
    String consumer = name("jvm-web");
    BrokerHttp http = broker().http();
    Path pact = PactFiles.write(dir, Spec.V3, consumer, PactJvmAuthFixture.PROVIDER, List.of(order(1, "PAID")));
    Reply published = http.send("POST", "/contracts/publish", PactFixtures.publishRequest(consumer, "1.0.0", "main", List.of(), PactJvmAuthFixture.PROVIDER, PactFiles.read(pact)),
        Map.of("Authorization", "Bearer " + ADMIN));
    assertThat(published.status()).as(published.body()).isEqualTo(200);

    EngineExecutionResults results;
    Map<String, String> properties = Map.of(
        "pactbroker.url", broker().url(),
        "pactbroker.auth.username", "pact-jvm",
        "pactbroker.auth.password", token("jvm-verifier-" + backend, "write"),
        "pact.verifier.publishResults", "true",
        "pact.provider.version", "5.0.0-" + backend,
        "pact.provider.branch", "main");
    properties.forEach(System::setProperty);
    try (OrderService service = OrderService.start("PAID")) {
      PactJvmAuthFixture.port = service.port();
      results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(PactJvmAuthFixture.class)).execute();
    } finally {
      properties.keySet().forEach(System::clearProperty);
    }

    assertThat(results.testEvents().failed().count()).as("pact-jvm failures").isZero();
    assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
    JsonNode verifications = http.send("GET", "/pacticipants/" + PactJvmAuthFixture.PROVIDER + "/versions/5.0.0-" + backend
        + "/verification-results", null, Map.of("Authorization", "Bearer " + ADMIN)).json();
    assertThat(verifications.toString()).contains("\"success\":true");
  }

  private static List<String> concat(List<String> first, String... more) {
    List<String> all = new java.util.ArrayList<>(first);
    all.addAll(List.of(more));
    return all;
  }

  /** A pact-jvm provider test with basic auth to the broker; run only by the test above. */
  @Provider(PactJvmAuthFixture.PROVIDER)
  @PactBroker(url = "${pactbroker.url}", providerBranch = "${pact.provider.branch}",
      authentication = @PactBrokerAuth(username = "${pactbroker.auth.username}", password = "${pactbroker.auth.password}"))
  public static class PactJvmAuthFixture {
    static final String PROVIDER = "auth-jvm-orders";
    static volatile int port;

    @PactBrokerConsumerVersionSelectors
    public static SelectorBuilder selectors() {
      return new SelectorBuilder().mainBranch();
    }

    @BeforeEach
    void target(PactVerificationContext context) {
      context.setTarget(new HttpTestTarget("127.0.0.1", port));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context) {
      context.verifyInteraction();
    }
  }
}
