package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.PactSpecVersion;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.client.BrokerClient;
import dev.treaty.broker.client.ConsumerVersionSelector;
import dev.treaty.broker.client.PactForVerification;
import dev.treaty.broker.client.PactsForVerificationQuery;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.RunningBroker;
import dev.treaty.cli.OrderProvider.Breakage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code treaty publish} then {@code treaty verify --broker ... --publish} against the real broker
 * on H2 and PostgreSQL, with a real order provider behind provider states.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class BrokerEndToEndTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameter Backend backend;
  @TempDir Path pacts;

  private RunningBroker broker() {
    return BROKERS.get(backend);
  }

  /**
   * The order pact (written by pact-jvm) between {@code consumer} and {@code provider}, its POST
   * interaction named after the consumer so that every pair's content differs.
   */
  private Path pact(String consumer, String provider) throws Exception {
    return pact(consumer, provider, "create an order for " + consumer);
  }

  private Path pact(String consumer, String provider, String postDescription) throws Exception {
    Path file = VerifierPacts.write(pacts, PactSpecVersion.V3);
    ObjectNode pact = (ObjectNode) JSON.readTree(file.toFile());
    ((ObjectNode) pact.get("consumer")).put("name", consumer);
    ((ObjectNode) pact.get("provider")).put("name", provider);
    pact.get("interactions").forEach(i -> {
      if (i.get("description").asText().equals("create an order")) {
        ((ObjectNode) i).put("description", postDescription);
      }
    });
    Path named = pacts.resolve(consumer + "-" + provider + ".json");
    Files.delete(file);
    JSON.writerWithDefaultPrettyPrinter().writeValue(named.toFile(), pact);
    return named;
  }

  private CliRun treaty(String... args) {
    return CliRun.withEnvironment(Map.of("TREATY_BROKER_URL", broker().url()), args).replace(broker().url(), "<broker>");
  }

  private CliRun verify(OrderProvider provider, String providerName, String... extra) {
    List<String> args = new ArrayList<>(List.of("verify", "--provider", providerName,
        "--provider-base-url", provider.baseUrl(), "--provider-states-url", provider.statesUrl()));
    args.addAll(List.of(extra));
    return treaty(args.toArray(String[]::new));
  }

  private List<PactForVerification> pending(String provider, String branch) {
    try (BrokerClient client = BrokerClient.builder(broker().url()).build()) {
      return client.pactsForVerification(PactsForVerificationQuery.builder(provider)
          .selectors(List.of(ConsumerVersionSelector.forMainBranch())).providerBranch(branch)
          .includePendingStatus(true).build());
    }
  }

  @Test
  void publishedPactIsVerifiedAndTheResultsMakeItNoLongerPending() throws Exception {
    Path file = pact("e2e-web", "e2e-api");

    CliRun published = treaty("publish", file.toString(), "--consumer-version", "1.0.0", "--branch", "main",
        "--tag", "dev", "--build-url", "http://ci/1");
    assertThat(published.err()).isEmpty();
    assertThat(published.exitCode()).isZero();
    assertThat(published.out()).startsWith("Published e2e-web version 1.0.0 (branch main; tag dev) to <broker>: 1 pact (e2e-api)\n");
    assertThat(pending("e2e-api", "main")).singleElement().extracting(PactForVerification::pending).isEqualTo(true);

    CliRun verified;
    try (OrderProvider provider = OrderProvider.start(Breakage.NONE)) {
      verified = verify(provider, "e2e-api", "--enable-pending", "--provider-version", "2.0.0",
          "--provider-branch", "main", "--publish");
    }

    assertThat(verified.err()).isEmpty();
    assertThat(verified.exitCode()).isZero();
    assertThat(verified.out())
        .contains("Pacts for e2e-api from broker <broker>: 1\n  e2e-web: ")
        .contains("e2e-api: 2 interactions, 2 passed, 0 failed, 0 errors, 0 pending: OK\n")
        .contains("Published verification results as version 2.0.0, branch main:\n  e2e-web: success (pending) -> <broker>/pacts/provider/e2e-api/consumer/e2e-web/");
    assertThat(pending("e2e-api", "main")).singleElement().extracting(PactForVerification::pending).isEqualTo(false);
  }

  @Test
  void brokenProviderFailsAndPublishesTheFailureWithoutLeavingPending() throws Exception {
    treaty("publish", pact("e2e-shop", "e2e-orders").toString(), "--consumer-version", "1.0.0", "--branch", "main");

    CliRun verified;
    try (OrderProvider provider = OrderProvider.start(Breakage.RENAMED_FIELD)) {
      verified = verify(provider, "e2e-orders", "--provider-version", "3.0.0", "--provider-branch", "main", "--publish");
    }

    assertThat(verified.exitCode()).isEqualTo(1);
    assertThat(verified.out()).contains("FAILED e2e-shop -> e2e-orders")
        .contains("e2e-shop: failure -> <broker>/pacts/provider/e2e-orders/consumer/e2e-shop/");
    assertThat(pending("e2e-orders", "main")).singleElement().extracting(PactForVerification::pending).isEqualTo(true);
  }

  @Test
  void branchWithASlashIsPublishedAndSelected() throws Exception {
    treaty("publish", pact("e2e-mobile", "e2e-catalog").toString(), "--consumer-version", "1.0.0",
        "--branch", "feature/new-cart");

    CliRun verified;
    try (OrderProvider provider = OrderProvider.start(Breakage.NONE)) {
      verified = verify(provider, "e2e-catalog", "--consumer-version-selector", "{\"branch\": \"feature/new-cart\"}",
          "--provider-version", "1.0.0", "--provider-branch", "feature/x", "--publish");
    }

    assertThat(verified.err()).isEmpty();
    assertThat(verified.exitCode()).isZero();
    assertThat(verified.out()).contains("Pacts for e2e-catalog from broker <broker>: 1\n  e2e-mobile: ");
  }

  @Test
  void republishingIdenticalContentSucceedsAndChangedContentIsRefused() throws Exception {
    Path file = pact("e2e-admin", "e2e-users");
    assertThat(treaty("publish", file.toString(), "--consumer-version", "1.0.0").exitCode()).isZero();
    assertThat(treaty("publish", file.toString(), "--consumer-version", "1.0.0").exitCode()).isZero();

    Files.writeString(file, Files.readString(file).replace("get an order", "get one order"));
    CliRun changed = treaty("publish", file.toString(), "--consumer-version", "1.0.0");

    assertThat(changed.exitCode()).isEqualTo(1);
    assertThat(changed.err()).startsWith("treaty: publishing e2e-admin version 1.0.0 failed: the broker answered 409"
        + " to POST <broker>/contracts/publish");
  }

  @Test
  void noPactsForAnUnknownProviderIsAUsageError() {
    try (OrderProvider provider = OrderProvider.start(Breakage.NONE)) {
      CliRun run = verify(provider, "e2e-nobody");

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).startsWith("treaty: no contracts for provider \"e2e-nobody\" in broker <broker>;");
    }
  }

  @Test
  void pairsWithIdenticalInteractionsEachGetTheirOwnNames() throws Exception {
    treaty("publish", pact("e2e-twin-a", "e2e-twins", "create an order").toString(), "--consumer-version", "1.0.0",
        "--branch", "main");
    treaty("publish", pact("e2e-twin-b", "e2e-twins", "create an order").toString(), "--consumer-version", "1.0.0",
        "--branch", "main");

    CliRun verified;
    try (OrderProvider provider = OrderProvider.start(Breakage.NONE)) {
      verified = verify(provider, "e2e-twins");
    }

    assertThat(verified.exitCode()).isZero();
    assertThat(verified.out()).contains("\n  e2e-twin-a: ").contains("\n  e2e-twin-b: ");
  }

  @Test
  void pactUrlVerifiesExactlyThatPactAndPublishesItsResult() throws Exception {
    assertThat(treaty("publish", pact("url-web", "url-api").toString(), "--consumer-version", "1.0.0", "--branch", "main").exitCode()).isZero();
    assertThat(treaty("publish", pact("url-other", "url-api").toString(), "--consumer-version", "1.0.0", "--branch", "main").exitCode()).isZero();
    String pactUrl = broker().url() + "/pacts/provider/url-api/consumer/url-web/version/1.0.0";

    CliRun verified;
    CliRun wrongProvider;
    CliRun conflicting;
    try (OrderProvider provider = OrderProvider.start(Breakage.NONE)) {
      // no --broker and no TREATY_BROKER_URL: the broker is the pact URL's
      verified = CliRun.withEnvironment(Map.of(), "verify", "--provider", "url-api", "--provider-base-url", provider.baseUrl(),
          "--provider-states-url", provider.statesUrl(), "--pact-url", pactUrl, "--provider-version", "3.0.0", "--publish");
      wrongProvider = CliRun.withEnvironment(Map.of(), "verify", "--provider", "someone-else", "--provider-base-url",
          provider.baseUrl(), "--pact-url", pactUrl);
      conflicting = verify(provider, "url-api", "--pact-url", pactUrl, "--enable-pending");
    }

    assertThat(verified.exitCode()).as(verified.err()).isZero();
    assertThat(verified.out()).contains("url-api: 2 interactions, 2 passed").contains("url-web: success")
        .doesNotContain("url-other");
    assertThat(broker().http().get("/pacticipants/url-api/versions/3.0.0/verification-results").body())
        .contains("\"success\":true").contains("url-web").doesNotContain("url-other");
    assertThat(wrongProvider.exitCode()).isEqualTo(1);
    assertThat(wrongProvider.err()).contains("is url-web's pact with url-api, not with someone-else");
    assertThat(conflicting.exitCode()).isEqualTo(2);
    assertThat(conflicting.err()).contains("--pact-url names the pact to verify, so --enable-pending would choose nothing");
  }
}
