package dev.treaty.junit.consumer;

import static dev.treaty.dsl.ContractDsl.http;
import static dev.treaty.dsl.ContractDsl.json;
import static dev.treaty.dsl.ContractDsl.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.contract.Contract;
import dev.treaty.contract.Interaction;
import dev.treaty.contract.SpecVersion;
import dev.treaty.json.PactReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Contract files: where, when and in which Pact version they are written, and what they hold. */
class ContractFilesTest {
  private static final Pattern TREATY_VERSION =
      Pattern.compile("\"treaty\"\\s*:\\s*\\{\\s*\"version\"\\s*:\\s*\"([^\"]+)\"");

  @TempDir Path contracts;

  @Test
  void passingTestWritesV4ContractWithTreatyVersion() throws IOException {
    TestKit.run(contracts, OneInteraction.class).testEvents().assertStatistics(s -> s.succeeded(1));

    String json = Files.readString(contracts.resolve("web-orders.json"));
    Matcher version = TREATY_VERSION.matcher(json);
    assertThat(version.find()).as("metadata.treaty.version in %s", json).isTrue();
    assertThat(version.group(1)).isNotBlank().isNotEqualTo("unknown").doesNotContain("${");
    Golden.assertMatches("contract-v4.json", withoutVersion(json));
  }

  @Test
  void contractIsWrittenAndMockStoppedWhenJUnitClosesOnlyCloseableResources() throws IOException {
    // What JUnit 5.12 and older do (Spring Boot 3.5 manages 5.12): store values that are only
    // AutoCloseable are never closed, so the run would end without a contract and with the mock running.
    RememberedMock.baseUrl = null;
    TestKit.run(Map.of("junit.jupiter.extensions.store.close.autocloseable.enabled", "false"),
        contracts, RememberedMock.class).testEvents().assertStatistics(s -> s.succeeded(1));

    assertThat(contracts.resolve("web-orders.json")).isRegularFile();
    assertThat(RememberedMock.baseUrl).isNotNull();
    int port = java.net.URI.create(RememberedMock.baseUrl).getPort();
    assertThatThrownBy(() -> new java.net.Socket("localhost", port).close())
        .as("the mock at %s is stopped after its class", RememberedMock.baseUrl)
        .isInstanceOf(java.net.ConnectException.class);
  }

  @Test
  void failingTestLeavesThePreviousFileUntouched() throws IOException {
    Path file = contracts.resolve("web-orders.json");
    Files.writeString(file, "previous");

    TestKit.run(contracts, OneInteraction.class, OneFailing.class);

    assertThat(file).hasContent("previous");
  }

  @Test
  void interactionsOfAllPassingMethodsAndClassesAreMergedSorted() {
    TestKit.run(contracts, OneInteraction.class, TwoMethods.class).testEvents()
        .assertStatistics(s -> s.succeeded(3).failed(0));

    assertThat(descriptions(contracts.resolve("web-orders.json")))
        .containsExactly("create order", "get order 1", "list orders");
  }

  @Test
  void interactionsNoLongerDeclaredDisappear() {
    TestKit.run(contracts, TwoMethods.class);
    TestKit.run(contracts, OneInteraction.class);

    assertThat(descriptions(contracts.resolve("web-orders.json"))).containsExactly("get order 1");
  }

  @Test
  void annotationDirectoryAndSpecVersionWinOverConfiguration() throws IOException {
    Path annotated = Path.of("target/treaty-tests/annotated/web-payments.json");
    Files.deleteIfExists(annotated);

    TestKit.run(Map.of("treaty.contracts.spec-version", "V4"), contracts, AnnotatedV3.class)
        .testEvents().assertStatistics(s -> s.succeeded(1));

    Contract contract = PactReader.read(annotated);
    assertThat(contract.specVersion()).isEqualTo(SpecVersion.V3);
    assertThat(contracts.resolve("web-payments.json")).doesNotExist();
  }

  @Test
  void specVersionComesFromConfigurationParameter() {
    TestKit.run(Map.of("treaty.contracts.spec-version", "V3"), contracts, OneInteraction.class);

    assertThat(PactReader.read(contracts.resolve("web-orders.json")).specVersion()).isEqualTo(SpecVersion.V3);
  }

  @Test
  void messagesAreWrittenAsV4AsynchronousInteractions() throws IOException {
    TestKit.run(contracts, OrderEvents.class).testEvents().assertStatistics(s -> s.succeeded(1));

    String json = Files.readString(contracts.resolve("web-events.json"));
    Golden.assertMatches("contract-message-v4.json", withoutVersion(json));
    assertThat(OrderEvents.handled).isEqualTo("{\"orderId\":42,\"status\":\"CREATED\"}");
  }

  @Test
  void messagesAloneCanBeWrittenAsV3MessagePact() {
    TestKit.run(Map.of("treaty.contracts.spec-version", "V3"), contracts, OrderEvents.class)
        .testEvents().assertStatistics(s -> s.succeeded(1));

    Contract contract = PactReader.read(contracts.resolve("web-events.json"));
    assertThat(contract.specVersion()).isEqualTo(SpecVersion.V3);
    assertThat(contract.messageInteractions()).hasSize(1);
  }

  @Test
  void v3WithHttpAndMessagesForOneProviderFailsClearly() {
    var results = TestKit.run(Map.of("treaty.contracts.spec-version", "V3"), contracts, MixedV3.class);

    Golden.assertMatches("v3-mixed.txt", Failures.only(results).getMessage());
    assertThat(contracts.resolve("web-orders.json")).doesNotExist();
  }

  @Test
  void sameInteractionDeclaredDifferentlyFailsTheLaterTest() {
    var results = TestKit.run(contracts, Conflicting.class);

    Golden.assertMatches("conflicting.txt", Failures.only(results).getMessage());
    assertThat(contracts.resolve("web-orders.json")).doesNotExist();
  }

  /** The contract text with Treaty's version replaced, so golden files survive releases. */
  private static String withoutVersion(String json) {
    Matcher version = TREATY_VERSION.matcher(json);
    assertThat(version.find()).as("metadata.treaty.version in %s", json).isTrue();
    return json.substring(0, version.start(1)) + "<version>" + json.substring(version.end(1));
  }

  private static List<String> descriptions(Path file) {
    return PactReader.read(file).interactions().stream().map(Interaction::description).toList();
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class OneInteraction {
    @Test
    void getsOrder(MockProvider orders) {
      orders.expect(http("get order 1").given("order 1 exists", Map.of("id", 1))
          .request(r -> r.get("/orders/1").header("Accept", "application/json"))
          .response(r -> r.status(200).body(json(o -> o.integerType("id", 1)
              .eachLike("items", item -> item.stringType("sku", "A-1").decimalType("price", 12.5))))));
      assertThat(Http.get(orders.baseUrl() + "/orders/1", "Accept", "application/json").statusCode()).isEqualTo(200);
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class RememberedMock {
    static volatile String baseUrl;

    @Test
    void getsOrder(MockProvider orders) {
      baseUrl = orders.baseUrl();
      orders.expect(http("get order 1").request(r -> r.get("/orders/1")).response(r -> r.status(200)));
      assertThat(Http.get(orders.baseUrl() + "/orders/1").statusCode()).isEqualTo(200);
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class OneFailing {
    @Test
    void failsAfterCalling(MockProvider orders) {
      orders.expect(http("list orders").request(r -> r.get("/orders")).response(r -> r.status(200)));
      Http.get(orders.baseUrl() + "/orders");
      throw new AssertionError("the client did something wrong");
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class TwoMethods {
    @Test
    void lists(MockProvider orders) {
      orders.expect(http("list orders").request(r -> r.get("/orders")).response(r -> r.status(200)));
      Http.get(orders.baseUrl() + "/orders");
    }

    @Test
    void creates(MockProvider orders) {
      orders.expect(http("create order").request(r -> r.post("/orders")).response(r -> r.status(201)));
      Http.post(orders.baseUrl() + "/orders", "{}");
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "payments", contractsDir = "target/treaty-tests/annotated", specVersion = "V3")
  static class AnnotatedV3 {
    @Test
    void pays(MockProvider payments) {
      payments.expect(http("pay").request(r -> r.post("/payments")).response(r -> r.status(201)));
      Http.post(payments.baseUrl() + "/payments", "{}");
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "events")
  static class OrderEvents {
    static String handled;

    @Test
    void handlesOrderCreated(MessageProvider events) {
      ExampleMessage created = events.expect(message("order created").given("order 42 was placed")
          .contents(json(o -> o.integerType("orderId", 42).stringMatching("status", "CREATED|PAID", "CREATED")))
          .metadata("topic", "orders"));
      handled = created.text();
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class MixedV3 {
    @Test
    void mixes(MockProvider orders, MessageProvider events) {
      orders.expect(http("list orders").request(r -> r.get("/orders")).response(r -> r.status(200)));
      Http.get(orders.baseUrl() + "/orders");
      events.expect(message("order created").contents(json(o -> o.integerType("orderId", 42))));
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  @TestMethodOrder(MethodOrderer.MethodName.class)
  static class Conflicting {
    @Test
    void first(MockProvider orders) {
      orders.expect(http("list orders").request(r -> r.get("/orders")).response(r -> r.status(200)));
      Http.get(orders.baseUrl() + "/orders");
    }

    @Test
    void second(MockProvider orders) {
      orders.expect(http("list orders").request(r -> r.get("/orders")).response(r -> r.status(204)));
      Http.get(orders.baseUrl() + "/orders");
    }
  }
}
