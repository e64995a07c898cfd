package dev.treaty.examples.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Proves that verification catches a broken provider: {@link OrderProviderTest} run against a
 * service that writes {@code total_price} instead of {@code total} fails every interaction that
 * returns an order, naming the field (golden file {@code golden/renamed-total.txt}).
 */
class RenamedFieldFailsVerificationTest {
  private static final String KEY = "order-provider.renamed-total";
  private static final Path GOLDEN = Path.of("src/test/resources/golden/renamed-total.txt");

  @Test
  void renamedTotalFailsEveryInteractionThatReturnsAnOrder() throws IOException {
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
        .configurationParameter(KEY, "true")
        .selectors(selectClass(RenamedTotal.class))
        .execute();

    assertThat(results.testEvents().succeeded().count()).as("missing order and event still pass").isEqualTo(2);
    String failures = results.testEvents().failed().stream()
        .map(event -> event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
            .orElseThrow().getMessage())
        .collect(Collectors.joining("\n"));
    if (Boolean.getBoolean("treaty.golden.update")) {
      Files.writeString(GOLDEN, failures, StandardCharsets.UTF_8);
    }
    assertThat(failures).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  /** The provider test against the broken service; runs only through the test kit above. */
  @EnabledIf("runByTestKit")
  static class RenamedTotal extends OrderProviderTest {
    @Override
    OrderJson json() {
      return OrderJson.renamingTotal();
    }

    static boolean runByTestKit(ExtensionContext context) {
      return context.getConfigurationParameter(KEY).isPresent();
    }
  }
}
