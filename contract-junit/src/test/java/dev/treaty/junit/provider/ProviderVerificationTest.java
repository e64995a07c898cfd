package dev.treaty.junit.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import dev.treaty.verify.RequestFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Provider tests replay every interaction against a real HTTP provider, one invocation each. */
class ProviderVerificationTest {

  @BeforeEach
  void clear() {
    OrderServiceFixture.CALLS.clear();
    OrderServiceFixture.PATHS.clear();
  }

  @Test
  void everyInteractionIsOneInvocationNamedByConsumerDescriptionAndState() {
    var results = TestKit.run(Kept.class);

    assertThat(TestKit.failures(results)).isEmpty();
    assertThat(results.testEvents().succeeded().count()).isEqualTo(3);
    assertThat(TestKit.started(results)).containsExactly(
        "order-events · an order shipped event",
        "order-web · get an order · given order exists",
        "order-web · get a missing order · given no orders");
  }

  @Test
  void stateMethodsGetTypedParamsAndTheirValuesReachGenerators() {
    TestKit.run(Kept.class);

    assertThat(OrderServiceFixture.CALLS).containsExactly(
        "produce an order shipped event",
        "setup order exists 42 12.5",
        "teardown order exists {id=42, total=12.5}",
        "setup no orders");
    assertThat(OrderServiceFixture.PATHS).containsExactly("/orders/7", "/orders/404");
  }

  @Test
  void oneHttpClientServesEveryInteractionOfTheClassOverOneKeptAliveConnection() {
    var results = TestKit.run(OneServiceForTheClass.class);

    assertThat(TestKit.failures(results)).isEmpty();
    List<Integer> ports = OneServiceForTheClass.shared.clientPorts();
    assertThat(ports).hasSize(2);
    assertThat(Set.copyOf(ports)).as("client ports of the requests %s", ports).hasSize(1);
  }

  @Test
  void brokenProviderFailsWithEveryMismatch() {
    var results = TestKit.run(Broken.class);

    assertThat(results.testEvents().succeeded().count()).isEqualTo(2);
    TestKit.assertGolden("mismatch.txt", TestKit.onlyFailure(results));
  }

  @Test
  void requestFiltersReachTheProvider() {
    var results = TestKit.run(WithoutFilter.class);

    assertThat(results.testEvents().failed().count()).isEqualTo(2);
    assertThat(TestKit.failures(results)).allSatisfy(message -> assertThat(message).contains("actual:   401"));
  }

  @Test
  void stateWithoutHandlerFailsThatInteractionNamingTheMethodToAdd() {
    var results = TestKit.run(MissingState.class);

    assertThat(results.testEvents().succeeded().count()).isEqualTo(2);
    TestKit.assertGolden("missing-state-handler.txt", TestKit.onlyFailure(results));
  }

  @Test
  void messageWithoutProducerFailsNamingTheMethodToAdd() {
    var results = TestKit.run(MissingProducer.class);

    assertThat(results.testEvents().succeeded().count()).isEqualTo(2);
    TestKit.assertGolden("missing-message-producer.txt", TestKit.onlyFailure(results));
  }

  @Test
  void failingStateSetupFailsThatInteractionWithTheCause() {
    var results = TestKit.run(FailingState.class);

    assertThat(results.testEvents().succeeded().count()).isEqualTo(2);
    TestKit.assertGolden("state-setup-failed.txt", TestKit.onlyFailure(results));
    assertThat(TestKit.throwable(results.testEvents().failed().list().get(0)).getCause())
        .hasMessage("database is down");
  }

  @Test
  void stateParamThatIsMissingFailsNamingTheParams() {
    var results = TestKit.run(MissingParam.class);

    TestKit.assertGolden("missing-state-param.txt", TestKit.onlyFailure(results));
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractFolder("src/test/resources/provider/contracts/orders")
  static class Kept extends OrderServiceFixture {
    @State("no orders")
    private static void noOrders() {
      CALLS.add("setup no orders");
    }
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractFolder("src/test/resources/provider/contracts/orders")
  static class Broken extends Kept {
    @Override
    boolean broken() {
      return true;
    }
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractFolder("src/test/resources/provider/contracts/orders")
  static class WithoutFilter extends Kept {
    @Override
    @BeforeEach
    void start(VerificationContext context) {
      service = FakeOrderService.start(false);
      context.target(service.baseUrl());
    }
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractFolder("src/test/resources/provider/contracts/orders")
  static class OneServiceForTheClass extends Kept {
    static FakeOrderService shared;

    @BeforeAll
    static void startOnce() {
      shared = FakeOrderService.start(false);
    }

    @AfterAll
    static void stopOnce() {
      shared.close();
    }

    @Override
    @BeforeEach
    void start(VerificationContext context) {
      service = shared;
      context.target(service.baseUrl()).requestFilter(RequestFilter.header("Authorization", "Bearer secret"));
    }

    @Override
    @AfterEach
    void stop() {}
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractFolder("src/test/resources/provider/contracts/orders")
  static class MissingState extends OrderServiceFixture {}

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractFolder("src/test/resources/provider/contracts/orders")
  static class MissingProducer extends Kept {
    @Override
    Map<String, Object> orderShipped() {
      throw new AssertionError("not a producer: overriding drops the annotation");
    }
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractFolder("src/test/resources/provider/contracts/orders")
  static class FailingState extends Kept {
    @Override
    @State("order exists")
    Map<String, Object> orderExists(long id, BigDecimal total) {
      throw new IllegalStateException("database is down");
    }
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractFolder("src/test/resources/provider/contracts/orders")
  static class MissingParam extends Kept {
    @Override
    Map<String, Object> orderExists(long id, BigDecimal total) {
      throw new AssertionError("replaced by orderWithCustomer");
    }

    @State("order exists")
    void orderWithCustomer(long id, String customer) {}
  }
}
