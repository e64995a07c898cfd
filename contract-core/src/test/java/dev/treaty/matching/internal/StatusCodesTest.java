package dev.treaty.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.contract.MatchingRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusCodesTest {

  private static boolean matches(String statusClass, int status) {
    return StatusCodes.matches(new MatchingRule.StatusCode(statusClass, null), status);
  }

  @Test
  void classesCoverTheirRanges() {
    assertThat(matches("information", 101)).isTrue();
    assertThat(matches("success", 299)).isTrue();
    assertThat(matches("success", 300)).isFalse();
    assertThat(matches("redirect", 304)).isTrue();
    assertThat(matches("clientError", 404)).isTrue();
    assertThat(matches("serverError", 503)).isTrue();
    assertThat(matches("nonError", 399)).isTrue();
    assertThat(matches("nonError", 400)).isFalse();
    assertThat(matches("error", 500)).isTrue();
    assertThat(matches("nonsense", 200)).isFalse();
  }

  @Test
  void explicitCodesWinOverClass() {
    MatchingRule.StatusCode rule = new MatchingRule.StatusCode(null, List.of(200, 204));
    assertThat(StatusCodes.matches(rule, 204)).isTrue();
    assertThat(StatusCodes.matches(rule, 201)).isFalse();
    assertThat(StatusCodes.describe(rule)).isEqualTo("one of the statuses 200, 204");
  }
}
