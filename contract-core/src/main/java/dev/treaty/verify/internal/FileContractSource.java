package dev.treaty.verify.internal;

import dev.treaty.contract.Contract;
import dev.treaty.json.ContractParseException;
import dev.treaty.json.PactReader;
import dev.treaty.verify.ContractSource;
import dev.treaty.verify.ContractSourceException;
import dev.treaty.verify.LoadedContract;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One pact file on disk, delivered when its provider is the one asked for. */
public final class FileContractSource implements ContractSource {
  private final Path file;

  public FileContractSource(Path file) {
    this.file = file;
  }

  @Override
  public List<LoadedContract> load(String provider) {
    Contract contract = read(file);
    return contract.provider().equals(provider) ? List.of(LoadedContract.of(contract, file.toString())) : List.of();
  }

  @Override
  public String describe() {
    return "file " + file;
  }

  static Contract read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ContractSourceException("contract file " + file + " does not exist or is not a file");
    }
    try {
      return PactReader.read(file);
    } catch (ContractParseException e) {
      throw new ContractSourceException("contract file " + file + " is not a valid pact: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new ContractSourceException("contract file " + file + " cannot be read: " + e.getMessage(), e);
    }
  }
}
