package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir static Path pacts;

  @BeforeAll
  static void writePactsWithPactJvm() {
    PactJvmPacts.writeAll(pacts);
  }

  @Test
  void directoryOfValidPactsExitsZeroAndListsEachFile() {
    CliRun run = CliRun.of("validate", pacts.toString()).relativeTo(pacts, "pacts");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    Golden.assertMatches(run.out(), "validate-valid");
  }

  @Test
  void brokenFileIsReportedWithLocationPathAndHintAndExitsOne(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, Files.readString(pacts.resolve(PactJvmPacts.HTTP_V3))
        .replace("\"status\": 200", "\"status\": \"200\"")
        .replace("\"regex\": \"ORD-\\\\d+\"", "\"regex\": \"ORD-(\\\\d+\""));
    Files.copy(pacts.resolve(PactJvmPacts.HTTP_V4), dir.resolve("valid.json"));

    CliRun run = CliRun.of("validate", dir.toString()).relativeTo(dir, "dir");

    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches(run.out(), "validate-broken");
  }

  @Test
  void syntaxErrorIsReportedWithLineAndColumn(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("syntax.json");
    Files.writeString(broken, "{\n  \"consumer\": {\"name\": \"web\"},,\n}\n");

    CliRun run = CliRun.of("validate", broken.toString()).relativeTo(dir, "dir");

    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches(run.out(), "validate-syntax-error");
  }

  @Test
  void filesAndDirectoriesAreCheckedInArgumentOrderAndDirectoriesSorted(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("b/nested"));
    Files.copy(pacts.resolve(PactJvmPacts.HTTP_V3), dir.resolve("b/nested/z.json"));
    Files.copy(pacts.resolve(PactJvmPacts.HTTP_V3), dir.resolve("b/a.json"));
    Files.writeString(dir.resolve("b/notes.txt"), "not a pact");
    Files.copy(pacts.resolve(PactJvmPacts.MESSAGE_V3), dir.resolve("first.json"));

    CliRun run = CliRun.of("validate", dir.resolve("first.json").toString(), dir.resolve("b").toString())
        .relativeTo(dir, "dir");

    assertThat(run.exitCode()).isZero();
    Golden.assertMatches(run.out(), "validate-order");
  }

  @Test
  void pathThatDoesNotExistIsAUsageErrorNamingIt(@TempDir Path dir) {
    CliRun run = CliRun.of("validate", pacts.toString(), dir.resolve("nope.json").toString())
        .relativeTo(dir, "dir");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    Golden.assertMatches(run.err(), "validate-missing-path");
  }

  @Test
  void directoryWithoutPactFilesIsAUsageError(@TempDir Path dir) {
    CliRun run = CliRun.of("validate", dir.toString()).relativeTo(dir, "dir");

    assertThat(run.exitCode()).isEqualTo(2);
    Golden.assertMatches(run.err(), "validate-empty-directory");
  }

  @Test
  void noArgumentIsAUsageError() {
    CliRun run = CliRun.of("validate");

    assertThat(run.exitCode()).isEqualTo(2);
    Golden.assertMatches(run.err(), "validate-no-argument");
  }
}
