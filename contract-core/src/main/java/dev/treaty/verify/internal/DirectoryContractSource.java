package dev.treaty.verify.internal;

import dev.treaty.contract.Contract;
import dev.treaty.json.PactReader;
import dev.treaty.verify.ContractSource;
import dev.treaty.verify.ContractSourceException;
import dev.treaty.verify.LoadedContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every {@code *.json} file below a directory, sorted by path, filtered by provider name. */
public final class DirectoryContractSource implements ContractSource {
  private final Path directory;

  public DirectoryContractSource(Path directory) {
    this.directory = directory;
  }

  @Override
  public List<LoadedContract> load(String provider) {
    List<LoadedContract> contracts = new ArrayList<>();
    for (Path file : files()) {
      Contract contract = FileContractSource.read(file);
      if (contract.provider().equals(provider)) {
        contracts.add(LoadedContract.of(contract, file.toString()));
      }
    }
    return contracts;
  }

  @Override
  public String describe() {
    return "directory " + directory;
  }

  private List<Path> files() {
    if (!Files.isDirectory(directory)) {
      throw new ContractSourceException("contract directory " + directory + " does not exist or is not a directory");
    }
    try {
      return PactReader.pactFilesIn(directory);
    } catch (IOException e) {
      throw new ContractSourceException("contract directory " + directory + " cannot be listed: " + e.getMessage(), e);
    }
  }
}
