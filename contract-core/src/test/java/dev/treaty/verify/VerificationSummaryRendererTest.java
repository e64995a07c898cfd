package dev.treaty.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerificationSummaryRendererTest {

  @Test
  void countsComeFirstThenFailuresErrorsAndPendingWithEveryMismatch() {
    Golden.assertMatches("summary-mixed.txt", VerificationSummaryRenderer.render(Reports.mixed()));
  }

  @Test
  void allPassedIsOneLine() {
    VerificationReport report = new VerificationReport("order-service", List.of(
        new InteractionResult("order-web", "order-service", "health", List.of(), "a.json", Outcome.PASSED,
            List.of(), null, null)), List.of());

    assertThat(VerificationSummaryRenderer.render(report))
        .isEqualTo("order-service: 1 interaction, 1 passed, 0 failed, 0 errors, 0 pending: OK\n");
  }
}
