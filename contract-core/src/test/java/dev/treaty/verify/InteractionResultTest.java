package dev.treaty.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.contract.ProviderState;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionResultTest {

  @Test
  void givenTextJoinsStatesForDisplayNames() {
    assertThat(result(List.of(ProviderState.of("a"), ProviderState.of("b"))).givenText())
        .isEqualTo("given \"a\" and \"b\"");
    assertThat(result(List.of()).givenText()).isEmpty();
  }

  @Test
  void onlyFailedAndErrorFailTheRun() {
    assertThat(List.of(Outcome.values())).filteredOn(o -> with(o).failsRun())
        .containsExactly(Outcome.FAILED, Outcome.ERROR);
  }

  private static InteractionResult result(List<ProviderState> states) {
    return new InteractionResult("c", "p", "d", states, "x.json", Outcome.PASSED, null, null, null);
  }

  private static InteractionResult with(Outcome outcome) {
    return new InteractionResult("c", "p", "d", List.of(), "x.json", outcome, null, null, null);
  }
}
