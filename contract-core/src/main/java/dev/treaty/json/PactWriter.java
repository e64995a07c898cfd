package dev.treaty.json;

import dev.treaty.contract.Contract;
import dev.treaty.contract.SpecVersion;
import java.nio.file.Path;

/**
 * Writes {@link Contract}s as Pact specification V3 or V4 JSON, deterministically: keys and
 * interactions always come in the same order, so that contract files diff cleanly in git.
 */
public final class PactWriter {
  private PactWriter() {}

  /** The contract as pretty-printed JSON in the format of {@code version} (V3 or V4). */
  public static String write(Contract contract, SpecVersion version) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Writes the contract to {@code file} atomically (a temporary file, then a move). */
  public static void write(Contract contract, SpecVersion version, Path file) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
