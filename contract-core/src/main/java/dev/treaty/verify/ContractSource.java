package dev.treaty.verify;

import dev.treaty.verify.internal.DirectoryContractSource;
import dev.treaty.verify.internal.FileContractSource;
import dev.treaty.verify.internal.UrlContractSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where the contracts of a provider come from: files, directories, URLs, or a broker ({@code
 * dev.treaty.broker.client.BrokerContractSource}).
 *
 * <p>{@link #load} returns every contract whose provider is the given name, each with its location
 * and flags; a source never skips a contract silently: a file that does not parse fails the load
 * with a {@link ContractSourceException} naming it.
 *
 * <pre>{@code
 * ContractSource source = ContractSource.directory(Path.of("target/pacts"));
 * List<LoadedContract> contracts = source.load("order-service");
 * }</pre>
 */
public interface ContractSource {

  /**
   * Loads the contracts for {@code provider}, in a stable order.
   *
   * @throws ContractSourceException when a contract cannot be read or fetched
   */
  List<LoadedContract> load(String provider);

  /** What this source reads, for messages: {@code "directory target/pacts"}. */
  String describe();

  /** One pact file; loaded only when its provider is the one asked for. */
  static ContractSource file(Path file) {
    return new FileContractSource(file);
  }

  /** Every {@code *.json} file below {@code directory} (recursively, sorted by path). */
  static ContractSource directory(Path directory) {
    return new DirectoryContractSource(directory);
  }

  /** A pact file fetched with HTTP GET from {@code url}, waiting at most ten seconds. */
  static ContractSource url(URI url) {
    return new UrlContractSource(url, Duration.ofSeconds(10));
  }

  /** The contracts of all {@code sources}, in order. */
  static ContractSource all(List<ContractSource> sources) {
    List<ContractSource> copy = List.copyOf(sources);
    return new ContractSource() {
      @Override
      public List<LoadedContract> load(String provider) {
        return copy.stream().flatMap(s -> s.load(provider).stream()).toList();
      }

      @Override
      public String describe() {
        return String.join(", ", copy.stream().map(ContractSource::describe).toList());
      }
    };
  }
}
