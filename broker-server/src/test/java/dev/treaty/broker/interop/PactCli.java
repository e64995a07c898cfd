package dev.treaty.broker.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Pact command-line client installed from npm by {@code .ci/run}: the Rust {@code pact}
 * binary ({@code pact broker publish}, {@code pact verifier}) or the Ruby-based {@code pact-broker}.
 *
 * <p>Found through {@code TREATY_PACT_CLI_RUST} / {@code TREATY_PACT_CLI_RUBY}, else under the
 * repository's {@code .tools/}. When missing, tests fail if {@code TREATY_REQUIRE_PACT_CLI=true}
 * (CI) and are aborted with a loud warning otherwise, never skipped silently. Every run has
 * {@code PACT_DO_NOT_TRACK=true} and a timeout, and its output is captured. Public for the CLI
 * module's tests, which compare {@code treaty can-i-deploy} with the Ruby CLI's.
 */
public final class PactCli {
  static final String REQUIRE_VARIABLE = "TREATY_REQUIRE_PACT_CLI";
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  /** The two npm distributions the tests drive. */
  enum Kind {
    RUST("TREATY_PACT_CLI_RUST", "pact-cli-18.1.2", "node_modules/@pact-foundation/pact-cli-linux-x64/standalone/pact"),
    RUBY("TREATY_PACT_CLI_RUBY", "pact-cli-16.1.7", "node_modules/@pact-foundation/pact-cli-linux-x64/standalone/*/pact/bin/pact-broker");

    final String variable;
    final String toolsFolder;
    final String executableGlob;

    Kind(String variable, String toolsFolder, String executableGlob) {
      this.variable = variable;
      this.toolsFolder = toolsFolder;
      this.executableGlob = executableGlob;
    }
  }

  private final Kind kind;
  private final Path executable;

  private PactCli(Kind kind, Path executable) {
    this.kind = kind;
    this.executable = executable;
  }

  /** The Rust CLI ({@code @pact-foundation/pact-cli@18.1.2}): {@code pact broker ...}, {@code pact verifier}. */
  public static PactCli rust() {
    return locate(Kind.RUST);
  }

  /** The Ruby CLI ({@code @pact-foundation/pact-cli@16.1.7}): {@code pact-broker ...}. */
  public static PactCli ruby() {
    return locate(Kind.RUBY);
  }

  /** One finished run: the command, its exit code and everything it printed (stdout and stderr). */
  public record Run(List<String> command, int exitCode, String output) {
    /** For assertion messages: the command line, the exit code and the output. */
    public String describe() {
      return String.join(" ", command) + "\nexit code " + exitCode + ", output:\n" + output;
    }
  }

  /** Runs the CLI with {@code args} in {@code workDir} and waits for it (at most two minutes). */
  public Run run(Path workDir, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
    builder.environment().put("PACT_DO_NOT_TRACK", "true");
    // No broker settings may leak in from the machine running the tests.
    builder.environment().keySet().removeIf(name -> name.startsWith("PACT_BROKER_"));
    try {
      Path log = Files.createTempFile("pact-cli", ".log");
      builder.redirectOutput(log.toFile());
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(kind + " Pact CLI did not finish within " + TIMEOUT + ": " + String.join(" ", command)
            + "\noutput so far:\n" + Files.readString(log, StandardCharsets.UTF_8));
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.deleteIfExists(log);
      return new Run(List.copyOf(command), process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }

  public Run run(Path workDir, String... args) {
    return run(workDir, List.of(args));
  }

  private static PactCli locate(Kind kind) {
    Optional<Path> found = fromEnvironment(kind).or(() -> fromToolsFolder(kind));
    if (found.isPresent()) {
      return new PactCli(kind, found.get());
    }
    String reason = "the " + kind + " Pact CLI is not installed: set " + kind.variable
        + " or run .ci/run, which installs it into .tools/" + kind.toolsFolder;
    if ("true".equalsIgnoreCase(System.getenv(REQUIRE_VARIABLE))) {
      throw new IllegalStateException(reason + " (" + REQUIRE_VARIABLE + "=true)");
    }
    System.err.println("WARNING: " + reason + "; interoperability tests are ABORTED (set " + REQUIRE_VARIABLE
        + "=true to make this a failure)");
    Assumptions.abort(reason);
    return null;
  }

  private static Optional<Path> fromEnvironment(Kind kind) {
    String value = System.getenv(kind.variable);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Path path = Path.of(value);
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException(kind.variable + "=" + value + " is set but is not an executable file");
    }
    return Optional.of(path);
  }

  private static Optional<Path> fromToolsFolder(Kind kind) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path tools = dir.resolve(".tools").resolve(kind.toolsFolder);
      if (Files.isDirectory(tools)) {
        return glob(tools, kind.executableGlob).filter(Files::isExecutable);
      }
    }
    return Optional.empty();
  }

  /** Resolves a relative path whose segments may hold one {@code *}. */
  private static Optional<Path> glob(Path base, String pattern) {
    Path current = base;
    for (String segment : pattern.split("/")) {
      if (!segment.contains("*")) {
        current = current.resolve(segment);
        continue;
      }
      try (DirectoryStream<Path> matches = Files.newDirectoryStream(current, segment)) {
        var iterator = matches.iterator();
        if (!iterator.hasNext()) {
          return Optional.empty();
        }
        current = iterator.next();
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Files.exists(current) ? Optional.of(current) : Optional.empty();
  }
}
