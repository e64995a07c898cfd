package dev.treaty.generate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strings generated from regular expressions match them; what cannot be generated gives none. */
class RegexStringsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "\\d{3}", "[A-Z]{2}-\\d+", "OPEN|CLOSED|PAID", "^(?:ab|cd)*e?$", "[a-f0-9_.]{4,8}", "\\w+@\\w+\\.com",
      "v\\d+\\.\\d+(\\.\\d+)?", "x{2,}", "[\\d\\s]+", ".*(/orders/\\d+)$", "a+?b", "\\$\\{id}", "[a-]{3}"})
  void everyGeneratedStringMatches(String regex) {
    Random random = new Random(7);
    for (int n = 0; n < 200; n++) {
      assertThat(RegexStrings.generate(regex, random)).as(regex).hasValueSatisfying(s -> assertThat(s).matches(regex));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"[^a]+", "(?=a)a", "(a)\\1", "\\bword", "a{", "(ab", "[z-a]", "\\p{Alpha}"})
  void constructsBeyondTheGeneratorGiveNone(String regex) {
    assertThat(RegexStrings.generate(regex, new Random(1))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"[A-Z]{3}\\d{2}", "(red|green|blue)-\\d"})
  void theSameSeedGivesTheSameString(String regex) {
    assertThat(RegexStrings.generate(regex, new Random(0))).isEqualTo(RegexStrings.generate(regex, new Random(0)));
  }
}
