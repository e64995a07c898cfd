package dev.treaty.junit.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestTemplate;

/** Missing or wrong configuration of a provider test fails loudly, saying what to do. */
class ProviderConfigurationErrorsTest {

  @Test
  void missingTargetFailsNamingTheCallToMake() {
    var results = TestKit.run(NoTarget.class);

    assertThat(results.testEvents().succeeded().count()).as("the message needs no target").isEqualTo(1);
    assertThat(TestKit.failures(results)).hasSize(2);
    TestKit.assertGolden("missing-target.txt", TestKit.failures(results).get(0));
  }

  @Test
  void noContractsForTheProviderFailsTheClass() {
    TestKit.assertGolden("no-contracts.txt", TestKit.onlyFailure(TestKit.run(NoContracts.class)));
  }

  @Test
  void missingFolderFailsTheClass() {
    TestKit.assertGolden("missing-folder.txt", TestKit.onlyFailure(TestKit.run(MissingFolder.class)));
  }

  @Test
  void noContractSourceFailsTheClass() {
    TestKit.assertGolden("no-source.txt", TestKit.onlyFailure(TestKit.run(NoSource.class)));
  }

  @Test
  void blankProviderFailsTheClass() {
    TestKit.assertGolden("blank-provider.txt", TestKit.onlyFailure(TestKit.run(BlankProvider.class)));
  }

  @Test
  void templateThatNeverVerifiesFails() {
    TestKit.assertGolden("not-verified.txt", TestKit.failures(TestKit.run(NeverVerifies.class)).get(0));
  }

  @Test
  void twoMethodsForOneStateFailTheClass() {
    TestKit.assertGolden("duplicate-state.txt", TestKit.onlyFailure(TestKit.run(DuplicateState.class)));
  }

  @Test
  void stateMethodReturningANonMapFailsTheClass() {
    TestKit.assertGolden("state-return-type.txt", TestKit.onlyFailure(TestKit.run(StateReturnsString.class)));
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractFolder("src/test/resources/provider/contracts/orders")
  static class NoTarget {
    @TestTemplate
    void verify(VerificationContext context) {
      context.verify();
    }

    @State({"order exists", "no orders"})
    void anything() {}

    @ProducesMessage("an order shipped event")
    String shipped() {
      return "{\"orderId\": 1, \"status\": \"SHIPPED\"}";
    }
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractFolder("src/test/resources/provider/contracts/empty")
  static class NoContracts {
    @TestTemplate
    void verify(VerificationContext context) {
      context.verify();
    }
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractFolder("target/no-such-folder")
  static class MissingFolder {
    @TestTemplate
    void verify(VerificationContext context) {
      context.verify();
    }
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  static class NoSource {
    @TestTemplate
    void verify(VerificationContext context) {
      context.verify();
    }
  }

  @Fixture
  @TreatyProviderTest(provider = " ")
  @ContractFolder("src/test/resources/provider/contracts/orders")
  static class BlankProvider {
    @TestTemplate
    void verify(VerificationContext context) {
      context.verify();
    }
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractFolder("src/test/resources/provider/contracts/orders")
  static class NeverVerifies {
    @TestTemplate
    void verify(VerificationContext context) {
      context.interaction();
    }
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractFolder("src/test/resources/provider/contracts/orders")
  static class DuplicateState {
    @TestTemplate
    void verify(VerificationContext context) {
      context.verify();
    }

    @State("order exists")
    void orderExists() {}

    @State({"no orders", "order exists"})
    void anotherOrderExists(long id) {}
  }

  @Fixture
  @TreatyProviderTest(provider = "order-service")
  @ContractFolder("src/test/resources/provider/contracts/orders")
  static class StateReturnsString {
    @TestTemplate
    void verify(VerificationContext context) {
      context.verify();
    }

    @State("order exists")
    String orderExists() {
      return "42";
    }
  }
}
