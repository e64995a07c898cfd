package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.contract.Category;
import dev.treaty.contract.Contract;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.RuleGroup;
import dev.treaty.json.PactReader;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Treaty accepts and loads pact files written by the Pact CLI's Rust mock server (see
 * {@code src/test/resources/pact-rust/SOURCE.md} for how they were produced).
 */
class PactRustFilesTest {
  private static final Path DIRECTORY = Path.of("src", "test", "resources", "pact-rust");

  @ParameterizedTest
  @ValueSource(strings = {"http-v3.json", "http-v4.json"})
  void validateAcceptsTheFile(String name) {
    CliRun run = CliRun.of("validate", DIRECTORY.resolve(name).toString());

    assertThat(run.exitCode()).as(run.out()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http-v3.json", "http-v4.json"})
  void readerLoadsDatetimeAsTimestampRule(String name) {
    Contract contract = PactReader.read(DIRECTORY.resolve(name));

    assertThat(contract.httpInteractions()).hasSize(2);
    assertThat(contract.httpInteractions().get(1).response().matchingRules().get(Category.BODY))
        .containsEntry("$.createdAt", RuleGroup.of(new MatchingRule.Timestamp("yyyy-MM-dd'T'HH:mm:ss")))
        .containsEntry("$.items", RuleGroup.of(new MatchingRule.Type(1, null)));
  }
}
