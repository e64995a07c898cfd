package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded {@code target/treaty.jar} as a real process, the way users run it. */
class TreatyJarIT {
  @TempDir static Path pacts;

  private static Path jar;

  @BeforeAll
  static void findJarAndWritePacts() {
    jar = Path.of(System.getProperty("treaty.jar", "target/treaty.jar"));
    assertThat(jar).as("run 'mvn package' first: the shaded jar").isRegularFile();
    PactJvmPacts.writeAll(pacts);
  }

  @Test
  void helpWorksFromTheJar() throws Exception {
    Result result = run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).startsWith("Usage: treaty [-hV] [COMMAND]").contains("validate");
  }

  @Test
  void validPactJvmFilesExitZero() throws Exception {
    Result result = run("validate", pacts.toString());

    assertThat(result.exitCode()).as(result.stdout()).isZero();
    assertThat(result.stdout()).endsWith("4 files checked: 4 valid, 0 invalid" + System.lineSeparator());
  }

  @Test
  void brokenFileExitsOneNamingFileLineAndPath(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, Files.readString(pacts.resolve(PactJvmPacts.HTTP_V3))
        .replace("\"status\": 404", "\"status\": \"404\""));

    Result result = run("validate", broken.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stdout())
        .contains(broken + ":")
        .contains("$.interactions[0].response.status: status is \"404\" (a string)")
        .contains("hint: write the status as a number: 404");
  }

  @Test
  void verifyFromTheJarPassesAndFailsAgainstARealProvider(@TempDir Path dir) throws Exception {
    VerifierPacts.write(dir, au.com.dius.pact.core.model.PactSpecVersion.V4);
    try (OrderProvider good = OrderProvider.start(OrderProvider.Breakage.NONE);
        OrderProvider bad = OrderProvider.start(OrderProvider.Breakage.WRONG_LOCATION)) {
      Result passed = run("verify", dir.toString(), "--provider", "order-api",
          "--provider-base-url", good.baseUrl(), "--provider-states-url", good.statesUrl());
      Result failed = run("verify", dir.toString(), "--provider", "order-api",
          "--provider-base-url", bad.baseUrl(), "--provider-states-url", bad.statesUrl());

      assertThat(passed.exitCode()).as(passed.stdout() + passed.stderr()).isZero();
      assertThat(failed.exitCode()).as(failed.stderr()).isEqualTo(1);
      assertThat(failed.stdout()).contains("header Location");
    }
  }

  @Test
  void missingPathExitsTwo(@TempDir Path dir) throws Exception {
    Result result = run("validate", dir.resolve("nope.json").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).startsWith("treaty: path does not exist: " + dir.resolve("nope.json"));
  }

  private static Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("treaty-out", ".txt");
    Path err = Files.createTempFile("treaty-err", ".txt");
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("treaty " + String.join(" ", args) + " did not finish in 60 s");
    }
    Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }

  private record Result(int exitCode, String stdout, String stderr) {}
}
