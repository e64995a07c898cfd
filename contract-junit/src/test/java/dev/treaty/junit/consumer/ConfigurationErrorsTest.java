package dev.treaty.junit.consumer;

import static dev.treaty.dsl.ContractDsl.http;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.contract.HttpInteraction;
import dev.treaty.junit.consumer.internal.ConsumerExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Missing or wrong configuration fails loudly, saying what, the bad value and the fix. */
class ConfigurationErrorsTest {
  @TempDir Path contracts;

  @Test
  void blankConsumerFails() {
    assertFailure("blank-consumer.txt", BlankConsumer.class);
  }

  @Test
  void missingProviderFails() {
    assertFailure("no-provider.txt", NoProvider.class);
  }

  @Test
  void unknownSpecVersionFails() {
    assertFailure("bad-spec-version.txt", BadSpecVersion.class);
  }

  @Test
  void unknownSpecVersionInConfigurationFails() {
    var results = TestKit.run(Map.of("treaty.contracts.spec-version", "2"), contracts, Plain.class);

    Golden.assertMatches("bad-spec-version-config.txt", Failures.only(results).getMessage());
  }

  @Test
  void extensionWithoutAnnotationFails() {
    assertFailure("no-annotation.txt", NoAnnotation.class);
  }

  @Test
  void parameterWithoutProviderAmongSeveralFails() {
    assertFailure("ambiguous-parameter.txt", AmbiguousParameter.class);
  }

  @Test
  void unknownProviderOnParameterFails() {
    assertFailure("unknown-provider-parameter.txt", UnknownProviderParameter.class);
  }

  @Test
  void nonStaticInteractionsMethodFails() {
    assertFailure("interactions-not-static.txt", InteractionsNotStatic.class);
  }

  @Test
  void interactionsMethodOfUnknownProviderFails() {
    assertFailure("interactions-unknown-provider.txt", InteractionsUnknownProvider.class);
  }

  @Test
  void incompleteInteractionFailsTheTestThatBuildsIt() {
    assertFailure("no-response.txt", NoResponse.class);
  }

  private void assertFailure(String golden, Class<?> fixture) {
    var results = TestKit.run(contracts, fixture);
    Throwable failure = Failures.only(results);
    Golden.assertMatches(golden, failure.getMessage());
    assertThat(contracts).isEmptyDirectory();
  }

  @Fixture
  @TreatyConsumerTest(consumer = " ", provider = "orders")
  static class BlankConsumer {
    @Test
    void test() {}
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = {})
  static class NoProvider {
    @Test
    void test() {}
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders", specVersion = "V5")
  static class BadSpecVersion {
    @Test
    void test() {}
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class Plain {
    @Test
    void test() {}
  }

  @Fixture
  @ExtendWith(ConsumerExtension.class)
  static class NoAnnotation {
    @Test
    void test(MockProvider orders) {}
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = {"orders", "payments"})
  static class AmbiguousParameter {
    @Test
    void test(MockProvider mock) {}
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = {"orders", "payments"})
  static class UnknownProviderParameter {
    @Test
    void test(@Provider("shipping") MockProvider mock) {}
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class InteractionsNotStatic {
    @Interactions
    List<HttpInteraction> shared() {
      return List.of();
    }

    @Test
    void test() {}
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class InteractionsUnknownProvider {
    @Interactions(provider = "shipping")
    static List<HttpInteraction> shared() {
      return List.of();
    }

    @Test
    void test() {}
  }

  @Fixture
  @TreatyConsumerTest(consumer = "web", provider = "orders")
  static class NoResponse {
    @Test
    void test(MockProvider orders) {
      orders.expect(http("get order").request(r -> r.get("/orders/1")));
    }
  }
}
