package dev.treaty.junit.consumer;

import static dev.treaty.dsl.ContractDsl.fromProviderState;
import static dev.treaty.dsl.ContractDsl.http;
import static dev.treaty.dsl.ContractDsl.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The mock provider: answers declared interactions, matched by rules, with generated values. */
class MockProviderTest {
  @TempDir Path contracts;

  @Test
  void answersADeclaredInteractionWithItsExampleAndPasses() {
    var results = TestKit.run(contracts, GetOrder.class);

    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1).failed(0));
  }

  @Test
  void matchesByRulesNotOnlyByExample() {
    var results = TestKit.run(contracts, MatchByRules.class);

    results.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
  }

  @Test
  void mockServerUrlPointsAtTheRunningMock() {
    var results = TestKit.run(contracts, MockServerUrl.class);

    results.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
  }

  @Test
  void generatedValuesAreAnsweredGeneratedAndWrittenWithTheirGenerators() throws Exception {
    var results = TestKit.run(contracts, GeneratedValues.class);

    results.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
    String written = Files.readString(contracts.resolve("web-orders.json"));
    assertThat(written).contains("\"type\": \"Uuid\"", "\"type\": \"RandomInt\"", "\"expression\": \"+ 1 day\"",
        "\"id\": \"3f2504e0-4f89-41d3-9a0c-0305e82c3301\"");
  }

  @Test
  void declaredInteractionNotReceivedFailsNamingIt() {
    var failure = Failures.only(TestKit.run(contracts, NotReceived.class));

    assertThat(failure).isInstanceOf(AssertionFailedError.class);
    Golden.assertMatches("not-received.txt", failure.getMessage());
    AssertionFailedError assertion = (AssertionFailedError) failure;
    assertThat(assertion.getExpected().getStringRepresentation()).isEqualTo("GET /orders/42");
    assertThat(assertion.getActual().getStringRepresentation()).isEqualTo("(no request received)");
  }

  @Test
  void unexpectedRequestFailsWithClosestInteractionAndMismatches() {
    var failure = Failures.only(TestKit.run(contracts, WrongPath.class));

    Golden.assertMatches("unexpected-path.txt", failure.getMessage());
    AssertionFailedError assertion = (AssertionFailedError) failure;
    assertThat(assertion.getExpected().getStringRepresentation()).isEqualTo("GET /orders/42");
    assertThat(assertion.getActual().getStringRepresentation()).isEqualTo("GET /orders/43");
  }

  @Test
  void mismatchedBodyFailsWithJsonPath() {
    var failure = Failures.only(TestKit.run(contracts, WrongBody.class));

    Golden.assertMatches("mismatched-body.txt", failure.getMessage());
    AssertionFailedError assertion = (AssertionFailedError) failure;
    Golden.assertMatches("mismatched-body-expected.txt", assertion.getExpected().getStringRepresentation());
    Golden.assertMatches("mismatched-body-actual.txt", assertion.getActual().getStringRepresentation());
  }

  @Test
  void mismatchedHeaderAndQueryFailWithTheirNames() {
    var failure = Failures.only(TestKit.run(contracts, WrongHeaderAndQuery.class));

    Golden.assertMatches("mismatched-header-query.txt", failure.getMessage());
  }

  @Test
  void requestWithNothingDeclaredSaysHowToDeclare() {
    var failure = Failures.only(TestKit.run(contracts, NothingDeclared.class));

    Golden.assertMatches("nothing-declared.txt", failure.getMessage());
  }

  @Test
  void unexpectedRequestIsAnsweredWithTheExplanation() {
    var results = TestKit.run(contracts, UnexpectedAnswer.class);

    results.testEvents().assertStatistics(s -> s.failed(1));
    assertThat(UnexpectedAnswer.status).isEqualTo(500);
    assertThat(UnexpectedAnswer.body).isEqualTo(Failures.only(results).getMessage());
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class GetOrder {
    @Test
    void getsOrder(MockProvider orders, @MockBaseUrl String baseUrl, @MockBaseUrl URI uri) {
      assertThat(baseUrl).isEqualTo(orders.baseUrl()).isEqualTo("http://localhost:" + orders.port());
      assertThat(uri).isEqualTo(URI.create(baseUrl));
      orders.expect(http("get order 42").given("order 42 exists", Map.of("id", 42))
          .request(r -> r.path(fromProviderState("/orders/${id}", "/orders/42")).method("GET"))
          .response(r -> r.status(200).body(json(o -> o.integerType("id", 42).stringType("state", "OPEN")))));

      HttpResponse<String> response = Http.get(orders.baseUrl() + "/orders/42");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
      assertThat(response.body()).isEqualTo("{\"id\":42,\"state\":\"OPEN\"}");
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class MatchByRules {
    @Test
    void anyOrderNumber(MockProvider orders) {
      orders.expect(http("get an order")
          .request(r -> r.method("GET").pathMatching("/orders/\\d+", "/orders/1")
              .queryMatching("page", "\\d+", "1"))
          .response(r -> r.status(200)));

      assertThat(Http.get(orders.baseUrl() + "/orders/987?page=12").statusCode()).isEqualTo(200);
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class GeneratedValues {
    @Test
    void answersGeneratedValues(MockProvider orders) throws Exception {
      orders.expect(http("create an order")
          .request(r -> r.method("POST").path("/orders"))
          .response(r -> r.status(201).header("X-Request-Id", dev.treaty.dsl.ContractDsl.uuid())
              .body(json(o -> o.uuid("id").randomInt("count", 1, 9)
                  .datetimeExpression("due", "yyyy-MM-dd", "+ 1 day")))));
      LocalDate before = LocalDate.now();

      HttpResponse<String> response = Http.post(orders.baseUrl() + "/orders", "");

      var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
      String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
      assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(uuid));
      assertThat(body.get("id").textValue()).matches(uuid).isNotEqualTo("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
      assertThat(body.get("count").intValue()).isBetween(1, 9);
      assertThat(body.get("due").textValue()).isIn(before.plusDays(1).toString(), LocalDate.now().plusDays(1).toString());
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class MockServerUrl {
    @Test
    void linkPointsAtMock(MockProvider orders) {
      orders.expect(http("get order with link")
          .request(r -> r.get("/orders/42"))
          .response(r -> r.status(200)
              .header("Location", dev.treaty.dsl.ContractDsl.mockServerUrl(".*(/orders/\\d+)$", "http://example.com/orders/42"))
              .body(json(o -> o.eachLike("links", l -> l.mockServerUrl("href", ".*(/orders/\\d+)$", "http://example.com/orders/42"))))));

      HttpResponse<String> response = Http.get(orders.baseUrl() + "/orders/42");

      assertThat(response.headers().firstValue("Location")).contains(orders.baseUrl() + "/orders/42");
      assertThat(response.body()).isEqualTo("{\"links\":[{\"href\":\"" + orders.baseUrl() + "/orders/42\"}]}");
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class NotReceived {
    @Test
    void forgetsToCall(MockProvider orders) {
      orders.expect(http("get order 42").given("order 42 exists")
          .request(r -> r.get("/orders/42"))
          .response(r -> r.status(200)));
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class WrongPath {
    @Test
    void callsTheWrongOrder(MockProvider orders) {
      orders.expect(http("get order 42").given("order 42 exists")
          .request(r -> r.get("/orders/42"))
          .response(r -> r.status(200)));
      orders.expect(http("list orders")
          .request(r -> r.post("/orders"))
          .response(r -> r.status(200)));

      Http.get(orders.baseUrl() + "/orders/43");
      Http.post(orders.baseUrl() + "/orders", "{}");
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class WrongBody {
    @Test
    void sendsPriceAsString(MockProvider orders) {
      orders.expect(http("create order")
          .request(r -> r.post("/orders").header("Content-Type", "application/json")
              .body(json(o -> o.stringType("sku", "A-1").decimalType("price", 12.5))))
          .response(r -> r.status(201)));

      Http.post(orders.baseUrl() + "/orders", "{\"sku\":\"A-1\",\"price\":\"12.5\"}");
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class WrongHeaderAndQuery {
    @Test
    void sendsWrongAcceptAndPage(MockProvider orders) {
      orders.expect(http("list orders")
          .request(r -> r.get("/orders").query("page", "1").header("Accept", "application/json"))
          .response(r -> r.status(200)));

      Http.get(orders.baseUrl() + "/orders?page=2", "Accept", "text/html");
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class NothingDeclared {
    @Test
    void callsAnyway(MockProvider orders) {
      Http.get(orders.baseUrl() + "/orders");
    }
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class UnexpectedAnswer {
    static int status;
    static String body;

    @Test
    void readsTheAnswer(MockProvider orders) {
      orders.expect(http("get order 42").request(r -> r.get("/orders/42")).response(r -> r.status(200)));
      Http.get(orders.baseUrl() + "/orders/42");
      HttpResponse<String> response = Http.get(orders.baseUrl() + "/orders/43");
      status = response.statusCode();
      body = response.body();
    }
  }
}
