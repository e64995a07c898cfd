package dev.treaty.broker.testing;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The shaded broker jar running in its own JVM, the way operators run it, its output captured in a
 * file: started with flags and environment variables, stopped with SIGTERM or killed with SIGKILL.
 */
public record BrokerProcess(Process process, Path log) {
  /** The exit status of a JVM that got SIGTERM (128 + 15). */
  public static final int SIGTERM_EXIT = 143;
  /** The exit status of a process killed by SIGKILL (128 + 9). */
  public static final int SIGKILL_EXIT = 137;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The jar failsafe passes in {@code treaty.broker.jar} (default {@code target/treaty-broker.jar}). */
  public static Path jar() {
    return Path.of(System.getProperty("treaty.broker.jar", "target/treaty-broker.jar"));
  }

  /** Starts {@code jar} with {@code args}; only {@code env} and {@code TREATY_TEST*} of the caller's {@code TREATY_*} variables reach it. */
  public static BrokerProcess start(Path jar, Path logDir, List<String> args, Map<String, String> env) throws IOException {
    return start(jar, logDir, List.of(), args, env);
  }

  /** Starts {@code jar} in a JVM with the options {@code jvmArgs} (e.g. {@code -Xmx256m}), then as {@link #start(Path, Path, List, Map)}. */
  public static BrokerProcess start(Path jar, Path logDir, List<String> jvmArgs, List<String> args, Map<String, String> env) throws IOException {
    Files.createDirectories(logDir);
    Path log = logDir.resolve("broker.log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmArgs);
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("TREATY_") && !name.startsWith("TREATY_TEST"));
    builder.environment().putAll(env);
    return new BrokerProcess(builder.start(), log);
  }

  /** A port nothing listens on now. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Waits up to 60 s for {@code GET /health} to answer 200; fails with the broker's output if it exits or does not. */
  public BrokerHttp awaitHealthy(int port) throws InterruptedException {
    BrokerHttp http = new BrokerHttp(URI.create("http://127.0.0.1:" + port));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        fail("the broker exited with " + process.exitValue() + " before it was healthy:%n%s", output());
      }
      try {
        if (http.get("/health").status() == 200) {
          return http;
        }
      } catch (UncheckedIOException notListeningYet) {
        // starting
      }
      Thread.sleep(200);
    }
    return fail("the broker was not healthy within 60 s:%n%s", output());
  }

  /** SIGTERM ({@link Process#destroy()}), then waits for the exit. */
  public void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("the broker did not stop within 30 s of SIGTERM:%n%s", output());
    }
  }

  /**
   * SIGKILL ({@link Process#destroyForcibly()} on Linux): the JVM gets no chance to run shutdown
   * hooks or flush anything. Fails unless the exit status says SIGKILL (137).
   */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      fail("the broker did not die within 30 s of SIGKILL");
    }
    if (exitCode() != SIGKILL_EXIT) {
      fail("expected exit status %d (SIGKILL) but the broker exited with %d:%n%s", SIGKILL_EXIT, exitCode(), output());
    }
  }

  /** Waits up to {@code seconds} for the process to exit on its own; whether it did. */
  public boolean awaitExit(long seconds) throws InterruptedException {
    return process.waitFor(seconds, TimeUnit.SECONDS);
  }

  public int exitCode() {
    return process.exitValue();
  }

  public String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The output as JSON lines (the broker started with {@code TREATY_LOG_FORMAT=json}). */
  public List<JsonNode> jsonLines() {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : output().split("\n")) {
      try {
        lines.add(MAPPER.readTree(line));
      } catch (IOException e) {
        fail("not a JSON line: %s%n(%s)", line, e.getMessage());
      }
    }
    return lines;
  }
}
