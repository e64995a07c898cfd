package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TreatyCommandTest {

  @Test
  void helpListsCommandsAndExitCodes() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    Golden.assertMatches(run.out(), "help");
  }

  @Test
  void validateHelpExplainsArgumentsAndExitCodes() {
    CliRun run = CliRun.of("validate", "--help");

    assertThat(run.exitCode()).isZero();
    Golden.assertMatches(run.out(), "validate-help");
  }

  @Test
  void verifyHelpExplainsOptionsAndExitCodes() {
    CliRun run = CliRun.of("verify", "--help");

    assertThat(run.exitCode()).isZero();
    Golden.assertMatches(run.out(), "verify-help");
  }

  @Test
  void versionNamesTheProjectVersion() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("treaty \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    Golden.assertMatches(run.err(), "no-command");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("--frobnicate");

    assertThat(run.exitCode()).isEqualTo(2);
    Golden.assertMatches(run.err(), "unknown-option");
  }

  @Test
  void unknownCommandIsAUsageErrorEvenWithAHelpOptionOnTheLine() {
    // --version is a global help option; picocli alone would print the version and exit 0
    CliRun run = CliRun.of("can-i-merge", "--pacticipant", "order-web", "--version", "1.0.0", "--to-environment", "production");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    Golden.assertMatches(run.err(), "unknown-command");
  }

  @Test
  void canIDeploysVersionIsThePacticipantVersionNotTreatysOwn() {
    CliRun run = CliRun.of("can-i-deploy", "--pacticipant", "order-web", "--version", "1.0.0", "--to-environment", "production");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("treaty: no broker URL; pass --broker https://broker.example.com");
  }

  @Test
  void canIDeployHelpExplainsOptionsAndExitCodes() {
    CliRun run = CliRun.of("can-i-deploy", "--help");

    assertThat(run.exitCode()).isZero();
    Golden.assertMatches(run.out(), "can-i-deploy-help");
  }

  @Test
  void unknownOptionOfACommandIsAUsageErrorEvenWithHelp() {
    CliRun run = CliRun.of("validate", "--frobnicate", "--help");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("treaty: Unknown option: '--frobnicate'");
  }

  @Test
  void extraArgumentAfterHelpIsAUsageError() {
    CliRun run = CliRun.of("--help", "bogus");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
  }
}
