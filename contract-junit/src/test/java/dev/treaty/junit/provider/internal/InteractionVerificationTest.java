package dev.treaty.junit.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.contract.Contract;
import dev.treaty.contract.Interaction;
import dev.treaty.json.PactReader;
import dev.treaty.junit.provider.ProducesMessage;
import dev.treaty.verify.LoadedContract;
import dev.treaty.verify.Outcome;
import dev.treaty.verify.ProviderVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Pending contracts are verified and reported, but abort instead of failing; kept ones pass. */
class InteractionVerificationTest {
  private static final Path EVENTS = Path.of("src/test/resources/provider/contracts/orders/order-events-order-service.json");

  @Test
  void brokenInteractionOfPendingContractAbortsWithTheRendering() throws IOException {
    var verification = verification(true, new WrongMessage());

    assertThatThrownBy(verification::verify).isInstanceOf(TestAbortedException.class)
        .hasMessage("""
            pending contract, not failing the build:
            PENDING order-events -> order-service, interaction "an order shipped event": 1 mismatch
              body $.status
                expected: "SHIPPED" (string)
                actual:   "LOST" (string)
              contract: %s
            """.formatted(EVENTS));
  }

  @Test
  void brokenInteractionOfContractThatIsNotPendingFails() throws IOException {
    var verification = verification(false, new WrongMessage());

    assertThatThrownBy(verification::verify).isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("FAILED order-events -> order-service");
  }

  @Test
  void keptInteractionOfPendingContractPasses() throws IOException {
    var verification = verification(true, new RightMessage());

    assertThat(verification.verify().outcome()).isEqualTo(Outcome.PASSED);
    assertThat(verification.verified()).isTrue();
  }

  private static InteractionVerification verification(boolean pending, Object testInstance) throws IOException {
    Contract contract = PactReader.read(Files.readString(EVENTS), EVENTS.toString());
    LoadedContract loaded = LoadedContract.of(contract, EVENTS.toString()).withPending(pending);
    Interaction interaction = contract.interactions().get(0);
    ProviderClass provider = new ProviderClass(testInstance.getClass(), "order-service", List.of(loaded),
        StateMethods.of(testInstance.getClass()), MessageMethods.of(testInstance.getClass()), null,
        ProviderVerifier.builder().build());
    return new InteractionVerification(provider, loaded, interaction, testInstance);
  }

  static class WrongMessage {
    @ProducesMessage("an order shipped event")
    Map<String, Object> shipped() {
      return Map.of("orderId", 1, "status", "LOST");
    }
  }

  static class RightMessage {
    @ProducesMessage("an order shipped event")
    Map<String, Object> shipped() {
      return Map.of("orderId", 1, "status", "SHIPPED");
    }
  }
}
