package dev.treaty.json;

import dev.treaty.contract.Contract;
import dev.treaty.contract.SpecVersion;
import dev.treaty.json.internal.ContractJsonWriter;
import dev.treaty.json.internal.PactJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Writes {@link Contract}s as Pact specification V3 or V4 JSON, deterministically: keys and
 * interactions always come in the same order, so that contract files diff cleanly in git.
 *
 * <p>V3 cannot hold HTTP interactions and messages in one file, nor V4-only interaction types:
 * such contracts are refused with an {@link IllegalArgumentException}. V3 joins several values of
 * one header with {@code ", "} and writes binary bodies as base64 text.
 */
public final class PactWriter {
  private PactWriter() {}

  /** The contract as pretty-printed JSON in the format of {@code version} (V3 or V4). */
  public static String write(Contract contract, SpecVersion version) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(version, "version");
    return PactJson.pretty(new ContractJsonWriter(version).write(contract));
  }

  /**
   * Writes the contract to {@code file} atomically (a temporary file in the same directory, then a
   * move), creating missing parent directories.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(Contract contract, SpecVersion version, Path file) {
    String json = write(contract, version);
    Path target = file.toAbsolutePath();
    Path directory = target.getParent();
    try {
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
      try {
        Files.writeString(temporary, json, StandardCharsets.UTF_8);
        move(temporary, target);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write pact file " + target + ": " + e.getMessage(), e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
